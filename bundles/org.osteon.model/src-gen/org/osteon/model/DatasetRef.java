/**
 */
package org.osteon.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A data set read by a reader contribution.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.osteon.model.DatasetRef#getId <em>Id</em>}</li>
 *   <li>{@link org.osteon.model.DatasetRef#getReader <em>Reader</em>}</li>
 *   <li>{@link org.osteon.model.DatasetRef#getLocation <em>Location</em>}</li>
 *   <li>{@link org.osteon.model.DatasetRef#getSplit <em>Split</em>}</li>
 *   <li>{@link org.osteon.model.DatasetRef#getSha256 <em>Sha256</em>}</li>
 * </ul>
 *
 * @see org.osteon.model.OsteonPackage#getDatasetRef()
 * @model
 * @generated
 */
public interface DatasetRef extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.osteon.model.OsteonPackage#getDatasetRef_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.osteon.model.DatasetRef#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Reader</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of a reader contribution (extension point org.osteon.core.readers).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reader</em>' attribute.
	 * @see #setReader(String)
	 * @see org.osteon.model.OsteonPackage#getDatasetRef_Reader()
	 * @model
	 * @generated
	 */
	String getReader();

	/**
	 * Sets the value of the '{@link org.osteon.model.DatasetRef#getReader <em>Reader</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reader</em>' attribute.
	 * @see #getReader()
	 * @generated
	 */
	void setReader(String value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.osteon.model.OsteonPackage#getDatasetRef_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.osteon.model.DatasetRef#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Split</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Split</em>' attribute.
	 * @see #setSplit(String)
	 * @see org.osteon.model.OsteonPackage#getDatasetRef_Split()
	 * @model
	 * @generated
	 */
	String getSplit();

	/**
	 * Sets the value of the '{@link org.osteon.model.DatasetRef#getSplit <em>Split</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Split</em>' attribute.
	 * @see #getSplit()
	 * @generated
	 */
	void setSplit(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.osteon.model.OsteonPackage#getDatasetRef_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.osteon.model.DatasetRef#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

} // DatasetRef

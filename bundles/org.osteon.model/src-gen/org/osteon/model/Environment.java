/**
 */
package org.osteon.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Environment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where a run executed: the versions needed to reproduce it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.osteon.model.Environment#getOs <em>Os</em>}</li>
 *   <li>{@link org.osteon.model.Environment#getJvm <em>Jvm</em>}</li>
 *   <li>{@link org.osteon.model.Environment#getOsteonVersion <em>Osteon Version</em>}</li>
 *   <li>{@link org.osteon.model.Environment#getBundles <em>Bundles</em>}</li>
 *   <li>{@link org.osteon.model.Environment#getDjlVersion <em>Djl Version</em>}</li>
 *   <li>{@link org.osteon.model.Environment#getNativeVersion <em>Native Version</em>}</li>
 *   <li>{@link org.osteon.model.Environment#getDevice <em>Device</em>}</li>
 *   <li>{@link org.osteon.model.Environment#getThreads <em>Threads</em>}</li>
 * </ul>
 *
 * @see org.osteon.model.OsteonPackage#getEnvironment()
 * @model
 * @generated
 */
public interface Environment extends EObject {
	/**
	 * Returns the value of the '<em><b>Os</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Os</em>' attribute.
	 * @see #setOs(String)
	 * @see org.osteon.model.OsteonPackage#getEnvironment_Os()
	 * @model
	 * @generated
	 */
	String getOs();

	/**
	 * Sets the value of the '{@link org.osteon.model.Environment#getOs <em>Os</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Os</em>' attribute.
	 * @see #getOs()
	 * @generated
	 */
	void setOs(String value);

	/**
	 * Returns the value of the '<em><b>Jvm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jvm</em>' attribute.
	 * @see #setJvm(String)
	 * @see org.osteon.model.OsteonPackage#getEnvironment_Jvm()
	 * @model
	 * @generated
	 */
	String getJvm();

	/**
	 * Sets the value of the '{@link org.osteon.model.Environment#getJvm <em>Jvm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jvm</em>' attribute.
	 * @see #getJvm()
	 * @generated
	 */
	void setJvm(String value);

	/**
	 * Returns the value of the '<em><b>Osteon Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Osteon Version</em>' attribute.
	 * @see #setOsteonVersion(String)
	 * @see org.osteon.model.OsteonPackage#getEnvironment_OsteonVersion()
	 * @model
	 * @generated
	 */
	String getOsteonVersion();

	/**
	 * Sets the value of the '{@link org.osteon.model.Environment#getOsteonVersion <em>Osteon Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Osteon Version</em>' attribute.
	 * @see #getOsteonVersion()
	 * @generated
	 */
	void setOsteonVersion(String value);

	/**
	 * Returns the value of the '<em><b>Bundles</b></em>' containment reference list.
	 * The list contents are of type {@link org.osteon.model.BundleVersion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bundles</em>' containment reference list.
	 * @see org.osteon.model.OsteonPackage#getEnvironment_Bundles()
	 * @model containment="true"
	 * @generated
	 */
	EList<BundleVersion> getBundles();

	/**
	 * Returns the value of the '<em><b>Djl Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Djl Version</em>' attribute.
	 * @see #setDjlVersion(String)
	 * @see org.osteon.model.OsteonPackage#getEnvironment_DjlVersion()
	 * @model
	 * @generated
	 */
	String getDjlVersion();

	/**
	 * Sets the value of the '{@link org.osteon.model.Environment#getDjlVersion <em>Djl Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Djl Version</em>' attribute.
	 * @see #getDjlVersion()
	 * @generated
	 */
	void setDjlVersion(String value);

	/**
	 * Returns the value of the '<em><b>Native Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Native Version</em>' attribute.
	 * @see #setNativeVersion(String)
	 * @see org.osteon.model.OsteonPackage#getEnvironment_NativeVersion()
	 * @model
	 * @generated
	 */
	String getNativeVersion();

	/**
	 * Sets the value of the '{@link org.osteon.model.Environment#getNativeVersion <em>Native Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Native Version</em>' attribute.
	 * @see #getNativeVersion()
	 * @generated
	 */
	void setNativeVersion(String value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.osteon.model.OsteonPackage#getEnvironment_Device()
	 * @model
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.osteon.model.Environment#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threads</em>' attribute.
	 * @see #setThreads(int)
	 * @see org.osteon.model.OsteonPackage#getEnvironment_Threads()
	 * @model
	 * @generated
	 */
	int getThreads();

	/**
	 * Sets the value of the '{@link org.osteon.model.Environment#getThreads <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threads</em>' attribute.
	 * @see #getThreads()
	 * @generated
	 */
	void setThreads(int value);

} // Environment

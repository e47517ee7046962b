/**
 */
package org.osteon.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Result Matrix</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A table of results: labelled rows and columns of numeric cells.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.osteon.model.ResultMatrix#getName <em>Name</em>}</li>
 *   <li>{@link org.osteon.model.ResultMatrix#getDescription <em>Description</em>}</li>
 *   <li>{@link org.osteon.model.ResultMatrix#getRowLabels <em>Row Labels</em>}</li>
 *   <li>{@link org.osteon.model.ResultMatrix#getColumnLabels <em>Column Labels</em>}</li>
 *   <li>{@link org.osteon.model.ResultMatrix#getCells <em>Cells</em>}</li>
 *   <li>{@link org.osteon.model.ResultMatrix#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.osteon.model.ResultMatrix#getProducingStep <em>Producing Step</em>}</li>
 * </ul>
 *
 * @see org.osteon.model.OsteonPackage#getResultMatrix()
 * @model
 * @generated
 */
public interface ResultMatrix extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.osteon.model.OsteonPackage#getResultMatrix_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.osteon.model.ResultMatrix#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.osteon.model.OsteonPackage#getResultMatrix_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.osteon.model.ResultMatrix#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Row Labels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Row Labels</em>' attribute list.
	 * @see org.osteon.model.OsteonPackage#getResultMatrix_RowLabels()
	 * @model
	 * @generated
	 */
	EList<String> getRowLabels();

	/**
	 * Returns the value of the '<em><b>Column Labels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column Labels</em>' attribute list.
	 * @see org.osteon.model.OsteonPackage#getResultMatrix_ColumnLabels()
	 * @model
	 * @generated
	 */
	EList<String> getColumnLabels();

	/**
	 * Returns the value of the '<em><b>Cells</b></em>' containment reference list.
	 * The list contents are of type {@link org.osteon.model.Cell}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cells</em>' containment reference list.
	 * @see org.osteon.model.OsteonPackage#getResultMatrix_Cells()
	 * @model containment="true"
	 * @generated
	 */
	EList<Cell> getCells();

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.osteon.model.OsteonPackage#getResultMatrix_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.osteon.model.ResultMatrix#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Producing Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Producing Step</em>' attribute.
	 * @see #setProducingStep(String)
	 * @see org.osteon.model.OsteonPackage#getResultMatrix_ProducingStep()
	 * @model
	 * @generated
	 */
	String getProducingStep();

	/**
	 * Sets the value of the '{@link org.osteon.model.ResultMatrix#getProducingStep <em>Producing Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Producing Step</em>' attribute.
	 * @see #getProducingStep()
	 * @generated
	 */
	void setProducingStep(String value);

} // ResultMatrix

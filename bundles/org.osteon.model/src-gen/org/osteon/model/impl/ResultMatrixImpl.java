/**
 */
package org.osteon.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.osteon.model.Cell;
import org.osteon.model.OsteonPackage;
import org.osteon.model.ResultMatrix;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Result Matrix</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.osteon.model.impl.ResultMatrixImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.osteon.model.impl.ResultMatrixImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.osteon.model.impl.ResultMatrixImpl#getRowLabels <em>Row Labels</em>}</li>
 *   <li>{@link org.osteon.model.impl.ResultMatrixImpl#getColumnLabels <em>Column Labels</em>}</li>
 *   <li>{@link org.osteon.model.impl.ResultMatrixImpl#getCells <em>Cells</em>}</li>
 *   <li>{@link org.osteon.model.impl.ResultMatrixImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.osteon.model.impl.ResultMatrixImpl#getProducingStep <em>Producing Step</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResultMatrixImpl extends EObjectImpl implements ResultMatrix {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRowLabels() <em>Row Labels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<String> rowLabels;

	/**
	 * The cached value of the '{@link #getColumnLabels() <em>Column Labels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnLabels()
	 * @generated
	 * @ordered
	 */
	protected EList<String> columnLabels;

	/**
	 * The cached value of the '{@link #getCells() <em>Cells</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCells()
	 * @generated
	 * @ordered
	 */
	protected EList<Cell> cells;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getProducingStep() <em>Producing Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducingStep()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCING_STEP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProducingStep() <em>Producing Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducingStep()
	 * @generated
	 * @ordered
	 */
	protected String producingStep = PRODUCING_STEP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResultMatrixImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OsteonPackage.Literals.RESULT_MATRIX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OsteonPackage.RESULT_MATRIX__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OsteonPackage.RESULT_MATRIX__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRowLabels() {
		if (rowLabels == null) {
			rowLabels = new EDataTypeUniqueEList<String>(String.class, this, OsteonPackage.RESULT_MATRIX__ROW_LABELS);
		}
		return rowLabels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getColumnLabels() {
		if (columnLabels == null) {
			columnLabels = new EDataTypeUniqueEList<String>(String.class, this, OsteonPackage.RESULT_MATRIX__COLUMN_LABELS);
		}
		return columnLabels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cell> getCells() {
		if (cells == null) {
			cells = new EObjectContainmentEList<Cell>(Cell.class, this, OsteonPackage.RESULT_MATRIX__CELLS);
		}
		return cells;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OsteonPackage.RESULT_MATRIX__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProducingStep() {
		return producingStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProducingStep(String newProducingStep) {
		String oldProducingStep = producingStep;
		producingStep = newProducingStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OsteonPackage.RESULT_MATRIX__PRODUCING_STEP, oldProducingStep, producingStep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OsteonPackage.RESULT_MATRIX__CELLS:
				return ((InternalEList<?>)getCells()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OsteonPackage.RESULT_MATRIX__NAME:
				return getName();
			case OsteonPackage.RESULT_MATRIX__DESCRIPTION:
				return getDescription();
			case OsteonPackage.RESULT_MATRIX__ROW_LABELS:
				return getRowLabels();
			case OsteonPackage.RESULT_MATRIX__COLUMN_LABELS:
				return getColumnLabels();
			case OsteonPackage.RESULT_MATRIX__CELLS:
				return getCells();
			case OsteonPackage.RESULT_MATRIX__UNIT:
				return getUnit();
			case OsteonPackage.RESULT_MATRIX__PRODUCING_STEP:
				return getProducingStep();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OsteonPackage.RESULT_MATRIX__NAME:
				setName((String)newValue);
				return;
			case OsteonPackage.RESULT_MATRIX__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case OsteonPackage.RESULT_MATRIX__ROW_LABELS:
				getRowLabels().clear();
				getRowLabels().addAll((Collection<? extends String>)newValue);
				return;
			case OsteonPackage.RESULT_MATRIX__COLUMN_LABELS:
				getColumnLabels().clear();
				getColumnLabels().addAll((Collection<? extends String>)newValue);
				return;
			case OsteonPackage.RESULT_MATRIX__CELLS:
				getCells().clear();
				getCells().addAll((Collection<? extends Cell>)newValue);
				return;
			case OsteonPackage.RESULT_MATRIX__UNIT:
				setUnit((String)newValue);
				return;
			case OsteonPackage.RESULT_MATRIX__PRODUCING_STEP:
				setProducingStep((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OsteonPackage.RESULT_MATRIX__NAME:
				setName(NAME_EDEFAULT);
				return;
			case OsteonPackage.RESULT_MATRIX__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case OsteonPackage.RESULT_MATRIX__ROW_LABELS:
				getRowLabels().clear();
				return;
			case OsteonPackage.RESULT_MATRIX__COLUMN_LABELS:
				getColumnLabels().clear();
				return;
			case OsteonPackage.RESULT_MATRIX__CELLS:
				getCells().clear();
				return;
			case OsteonPackage.RESULT_MATRIX__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case OsteonPackage.RESULT_MATRIX__PRODUCING_STEP:
				setProducingStep(PRODUCING_STEP_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OsteonPackage.RESULT_MATRIX__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case OsteonPackage.RESULT_MATRIX__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case OsteonPackage.RESULT_MATRIX__ROW_LABELS:
				return rowLabels != null && !rowLabels.isEmpty();
			case OsteonPackage.RESULT_MATRIX__COLUMN_LABELS:
				return columnLabels != null && !columnLabels.isEmpty();
			case OsteonPackage.RESULT_MATRIX__CELLS:
				return cells != null && !cells.isEmpty();
			case OsteonPackage.RESULT_MATRIX__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case OsteonPackage.RESULT_MATRIX__PRODUCING_STEP:
				return PRODUCING_STEP_EDEFAULT == null ? producingStep != null : !PRODUCING_STEP_EDEFAULT.equals(producingStep);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", rowLabels: ");
		result.append(rowLabels);
		result.append(", columnLabels: ");
		result.append(columnLabels);
		result.append(", unit: ");
		result.append(unit);
		result.append(", producingStep: ");
		result.append(producingStep);
		result.append(')');
		return result.toString();
	}

} //ResultMatrixImpl

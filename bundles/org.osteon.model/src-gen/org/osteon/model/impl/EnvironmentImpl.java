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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.osteon.model.BundleVersion;
import org.osteon.model.Environment;
import org.osteon.model.OsteonPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Environment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.osteon.model.impl.EnvironmentImpl#getOs <em>Os</em>}</li>
 *   <li>{@link org.osteon.model.impl.EnvironmentImpl#getJvm <em>Jvm</em>}</li>
 *   <li>{@link org.osteon.model.impl.EnvironmentImpl#getOsteonVersion <em>Osteon Version</em>}</li>
 *   <li>{@link org.osteon.model.impl.EnvironmentImpl#getBundles <em>Bundles</em>}</li>
 *   <li>{@link org.osteon.model.impl.EnvironmentImpl#getDjlVersion <em>Djl Version</em>}</li>
 *   <li>{@link org.osteon.model.impl.EnvironmentImpl#getNativeVersion <em>Native Version</em>}</li>
 *   <li>{@link org.osteon.model.impl.EnvironmentImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.osteon.model.impl.EnvironmentImpl#getThreads <em>Threads</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnvironmentImpl extends EObjectImpl implements Environment {
	/**
	 * The default value of the '{@link #getOs() <em>Os</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOs()
	 * @generated
	 * @ordered
	 */
	protected static final String OS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOs() <em>Os</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOs()
	 * @generated
	 * @ordered
	 */
	protected String os = OS_EDEFAULT;

	/**
	 * The default value of the '{@link #getJvm() <em>Jvm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJvm()
	 * @generated
	 * @ordered
	 */
	protected static final String JVM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJvm() <em>Jvm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJvm()
	 * @generated
	 * @ordered
	 */
	protected String jvm = JVM_EDEFAULT;

	/**
	 * The default value of the '{@link #getOsteonVersion() <em>Osteon Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOsteonVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String OSTEON_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOsteonVersion() <em>Osteon Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOsteonVersion()
	 * @generated
	 * @ordered
	 */
	protected String osteonVersion = OSTEON_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBundles() <em>Bundles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBundles()
	 * @generated
	 * @ordered
	 */
	protected EList<BundleVersion> bundles;

	/**
	 * The default value of the '{@link #getDjlVersion() <em>Djl Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDjlVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String DJL_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDjlVersion() <em>Djl Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDjlVersion()
	 * @generated
	 * @ordered
	 */
	protected String djlVersion = DJL_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNativeVersion() <em>Native Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNativeVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String NATIVE_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNativeVersion() <em>Native Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNativeVersion()
	 * @generated
	 * @ordered
	 */
	protected String nativeVersion = NATIVE_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected String device = DEVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreads() <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected static final int THREADS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getThreads() <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected int threads = THREADS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnvironmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OsteonPackage.Literals.ENVIRONMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOs() {
		return os;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOs(String newOs) {
		String oldOs = os;
		os = newOs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OsteonPackage.ENVIRONMENT__OS, oldOs, os));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJvm() {
		return jvm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJvm(String newJvm) {
		String oldJvm = jvm;
		jvm = newJvm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OsteonPackage.ENVIRONMENT__JVM, oldJvm, jvm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOsteonVersion() {
		return osteonVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOsteonVersion(String newOsteonVersion) {
		String oldOsteonVersion = osteonVersion;
		osteonVersion = newOsteonVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OsteonPackage.ENVIRONMENT__OSTEON_VERSION, oldOsteonVersion, osteonVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BundleVersion> getBundles() {
		if (bundles == null) {
			bundles = new EObjectContainmentEList<BundleVersion>(BundleVersion.class, this, OsteonPackage.ENVIRONMENT__BUNDLES);
		}
		return bundles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDjlVersion() {
		return djlVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDjlVersion(String newDjlVersion) {
		String oldDjlVersion = djlVersion;
		djlVersion = newDjlVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OsteonPackage.ENVIRONMENT__DJL_VERSION, oldDjlVersion, djlVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNativeVersion() {
		return nativeVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNativeVersion(String newNativeVersion) {
		String oldNativeVersion = nativeVersion;
		nativeVersion = newNativeVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OsteonPackage.ENVIRONMENT__NATIVE_VERSION, oldNativeVersion, nativeVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(String newDevice) {
		String oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OsteonPackage.ENVIRONMENT__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getThreads() {
		return threads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreads(int newThreads) {
		int oldThreads = threads;
		threads = newThreads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OsteonPackage.ENVIRONMENT__THREADS, oldThreads, threads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OsteonPackage.ENVIRONMENT__BUNDLES:
				return ((InternalEList<?>)getBundles()).basicRemove(otherEnd, msgs);
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
			case OsteonPackage.ENVIRONMENT__OS:
				return getOs();
			case OsteonPackage.ENVIRONMENT__JVM:
				return getJvm();
			case OsteonPackage.ENVIRONMENT__OSTEON_VERSION:
				return getOsteonVersion();
			case OsteonPackage.ENVIRONMENT__BUNDLES:
				return getBundles();
			case OsteonPackage.ENVIRONMENT__DJL_VERSION:
				return getDjlVersion();
			case OsteonPackage.ENVIRONMENT__NATIVE_VERSION:
				return getNativeVersion();
			case OsteonPackage.ENVIRONMENT__DEVICE:
				return getDevice();
			case OsteonPackage.ENVIRONMENT__THREADS:
				return getThreads();
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
			case OsteonPackage.ENVIRONMENT__OS:
				setOs((String)newValue);
				return;
			case OsteonPackage.ENVIRONMENT__JVM:
				setJvm((String)newValue);
				return;
			case OsteonPackage.ENVIRONMENT__OSTEON_VERSION:
				setOsteonVersion((String)newValue);
				return;
			case OsteonPackage.ENVIRONMENT__BUNDLES:
				getBundles().clear();
				getBundles().addAll((Collection<? extends BundleVersion>)newValue);
				return;
			case OsteonPackage.ENVIRONMENT__DJL_VERSION:
				setDjlVersion((String)newValue);
				return;
			case OsteonPackage.ENVIRONMENT__NATIVE_VERSION:
				setNativeVersion((String)newValue);
				return;
			case OsteonPackage.ENVIRONMENT__DEVICE:
				setDevice((String)newValue);
				return;
			case OsteonPackage.ENVIRONMENT__THREADS:
				setThreads((Integer)newValue);
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
			case OsteonPackage.ENVIRONMENT__OS:
				setOs(OS_EDEFAULT);
				return;
			case OsteonPackage.ENVIRONMENT__JVM:
				setJvm(JVM_EDEFAULT);
				return;
			case OsteonPackage.ENVIRONMENT__OSTEON_VERSION:
				setOsteonVersion(OSTEON_VERSION_EDEFAULT);
				return;
			case OsteonPackage.ENVIRONMENT__BUNDLES:
				getBundles().clear();
				return;
			case OsteonPackage.ENVIRONMENT__DJL_VERSION:
				setDjlVersion(DJL_VERSION_EDEFAULT);
				return;
			case OsteonPackage.ENVIRONMENT__NATIVE_VERSION:
				setNativeVersion(NATIVE_VERSION_EDEFAULT);
				return;
			case OsteonPackage.ENVIRONMENT__DEVICE:
				setDevice(DEVICE_EDEFAULT);
				return;
			case OsteonPackage.ENVIRONMENT__THREADS:
				setThreads(THREADS_EDEFAULT);
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
			case OsteonPackage.ENVIRONMENT__OS:
				return OS_EDEFAULT == null ? os != null : !OS_EDEFAULT.equals(os);
			case OsteonPackage.ENVIRONMENT__JVM:
				return JVM_EDEFAULT == null ? jvm != null : !JVM_EDEFAULT.equals(jvm);
			case OsteonPackage.ENVIRONMENT__OSTEON_VERSION:
				return OSTEON_VERSION_EDEFAULT == null ? osteonVersion != null : !OSTEON_VERSION_EDEFAULT.equals(osteonVersion);
			case OsteonPackage.ENVIRONMENT__BUNDLES:
				return bundles != null && !bundles.isEmpty();
			case OsteonPackage.ENVIRONMENT__DJL_VERSION:
				return DJL_VERSION_EDEFAULT == null ? djlVersion != null : !DJL_VERSION_EDEFAULT.equals(djlVersion);
			case OsteonPackage.ENVIRONMENT__NATIVE_VERSION:
				return NATIVE_VERSION_EDEFAULT == null ? nativeVersion != null : !NATIVE_VERSION_EDEFAULT.equals(nativeVersion);
			case OsteonPackage.ENVIRONMENT__DEVICE:
				return DEVICE_EDEFAULT == null ? device != null : !DEVICE_EDEFAULT.equals(device);
			case OsteonPackage.ENVIRONMENT__THREADS:
				return threads != THREADS_EDEFAULT;
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
		result.append(" (os: ");
		result.append(os);
		result.append(", jvm: ");
		result.append(jvm);
		result.append(", osteonVersion: ");
		result.append(osteonVersion);
		result.append(", djlVersion: ");
		result.append(djlVersion);
		result.append(", nativeVersion: ");
		result.append(nativeVersion);
		result.append(", device: ");
		result.append(device);
		result.append(", threads: ");
		result.append(threads);
		result.append(')');
		return result.toString();
	}

} //EnvironmentImpl

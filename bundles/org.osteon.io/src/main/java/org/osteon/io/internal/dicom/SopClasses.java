package org.osteon.io.internal.dicom;

import java.util.Map;

/** Names of the common image storage SOP classes (PS3.4 B.5), for the info tags. */
final class SopClasses {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("1.2.840.10008.5.1.4.1.1.1", "Computed Radiography Image Storage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.1.1", "Digital X-Ray Image Storage - For Presentation"),
            Map.entry("1.2.840.10008.5.1.4.1.1.1.1.1", "Digital X-Ray Image Storage - For Processing"),
            Map.entry("1.2.840.10008.5.1.4.1.1.2", "CT Image Storage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.2.1", "Enhanced CT Image Storage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.4", "MR Image Storage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.4.1", "Enhanced MR Image Storage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.6.1", "Ultrasound Image Storage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.7", "Secondary Capture Image Storage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.20", "Nuclear Medicine Image Storage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.128", "Positron Emission Tomography Image Storage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.481.1", "RT Image Storage"),
            Map.entry("1.2.840.10008.5.1.4.1.1.481.2", "RT Dose Storage"),
            Map.entry("1.2.840.10008.1.3.10", "Media Storage Directory Storage"));

    private SopClasses() {
    }

    /** "UID (name)", or the UID alone when the class is not in this table. */
    static String describe(String uid) {
        String name = NAMES.get(uid);
        return name == null ? uid : uid + " (" + name + ")";
    }
}

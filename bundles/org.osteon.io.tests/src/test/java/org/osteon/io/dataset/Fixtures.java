package org.osteon.io.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small hand-made data sets in the published layouts; image files are placeholders (never decoded). */
final class Fixtures {

    private Fixtures() {
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static void touch(Path root, String... relative) throws IOException {
        for (String r : relative) {
            write(root.resolve(r), "png placeholder");
        }
    }

    /** MURA: two train patients (one with two studies), one valid patient; finger and shoulder studies. */
    static Path mura(Path root) throws IOException {
        String t = "MURA-v1.1/train/";
        String v = "MURA-v1.1/valid/";
        write(root.resolve("MURA-v1.1/train_image_paths.csv"), t + "XR_SHOULDER/patient00001/study1_positive/image1.png\n"
                + t + "XR_SHOULDER/patient00001/study1_positive/image2.png\n"
                + t + "XR_FINGER/patient00001/study2_negative/image1.png\n"
                + t + "XR_FINGER/patient00002/study1_negative/image1.png\n");
        write(root.resolve("MURA-v1.1/train_labeled_studies.csv"), t + "XR_SHOULDER/patient00001/study1_positive/,1\n"
                + t + "XR_FINGER/patient00001/study2_negative/,0\n" + t + "XR_FINGER/patient00002/study1_negative/,0\n");
        write(root.resolve("MURA-v1.1/valid_image_paths.csv"), v + "XR_FINGER/patient11185/study1_positive/image1.png\r\n"
                + v + "XR_FINGER/patient11185/study1_positive/image2.png\r\n");
        write(root.resolve("MURA-v1.1/valid_labeled_studies.csv"), v + "XR_FINGER/patient11185/study1_positive/,1\r\n");
        touch(root, t + "XR_SHOULDER/patient00001/study1_positive/image1.png",
                t + "XR_SHOULDER/patient00001/study1_positive/image2.png", t + "XR_FINGER/patient00001/study2_negative/image1.png",
                t + "XR_FINGER/patient00002/study1_negative/image1.png", v + "XR_FINGER/patient11185/study1_positive/image1.png",
                v + "XR_FINGER/patient11185/study1_positive/image2.png");
        return root;
    }

    /** Rows copied from KNEEL's annotations/bf_landmarks_1_0.3.csv (the first three rows of the file). */
    static final String KNEEL_HEADER = "subject_id,side,kl,tibia,femur,bbox,center";
    static final String KNEEL_ROWS = """
            9000798,L,4,"63,278,116,268,166,255,208,224,233,233,255,216,286,258,337,264,390,261","65,238,122,245,171,230,214,211,266,237,324,260,391,250","967,166,1433,632","1200,399"
            9000798,R,1,"71,278,125,269,178,254,217,216,233,233,267,225,298,260,345,263,390,257","75,241,128,244,176,226,215,201,274,226,330,246,384,234","236,174,702,640","469,407"
            9002316,R,1,"90,272,135,267,179,259,214,229,233,233,261,228,286,263,329,267,373,264","99,249,141,253,183,234,225,207,270,232,318,249,368,240","243,426,709,892","476,659"
            """;

    static Path kneel(Path root) throws IOException {
        write(root.resolve("landmarks.csv"), KNEEL_HEADER + "\n" + KNEEL_ROWS);
        touch(root, "images/9000798.png", "images/9002316.dcm");
        return root;
    }

    static Path boneAge(Path root) throws IOException {
        write(root.resolve("boneage-training-dataset.csv"), "id,boneage,male\n1377,180,False\n1378,12,False\n1379,94,True\n");
        write(root.resolve("boneage-test-dataset.csv"), "Case ID,Sex\n4360,M\n4361,F\n");
        touch(root, "boneage-training-dataset/1377.png", "boneage-training-dataset/1378.png",
                "boneage-training-dataset/1379.png", "boneage-test-dataset/4360.png", "boneage-test-dataset/4361.png");
        return root;
    }
}

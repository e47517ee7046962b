package org.osteon.engine.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files of a run folder: checksums, media types, the zip archive, clean-up. */
public final class RunArchive {

    private RunArchive() {
    }

    private static final Map<String, String> MEDIA = Map.of(".csv", "text/csv", ".html", "text/html", ".xmi",
            "application/xmi+xml", ".osteon", "application/xmi+xml", ".nii.gz", "application/x-nifti",
            ".nii", "application/x-nifti", ".log", "text/plain", ".json", "application/json",
            ".safetensors", "application/octet-stream", ".png", "image/png");

    static void rememberMediaTypes(Map<Path, String> files, String step, RunRecord record) {
        for (var f : files.entrySet()) {
            record.declaredFiles.put(f.getKey().toAbsolutePath().toString(), new String[] {f.getValue(), step});
        }
    }

    public static String mediaType(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return MEDIA.entrySet().stream().filter(e -> n.endsWith(e.getKey()))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue)
                .orElse("application/octet-stream");
    }

    /**
     * Records every file now in the run folder (except run.xmi, run.log and archives) with its sha256. Files
     * recorded by an earlier call are not hashed again: steps and reporters only ever add files.
     */
    public static void recordArtifacts(Path runDir, RunRecord record) throws IOException {
        java.util.Set<String> known = new java.util.HashSet<>();
        record.artifacts.forEach(a -> known.add(a.path()));
        for (Path p : files(runDir)) {
            String rel = runDir.relativize(p).toString().replace('\\', '/');
            if (known.contains(rel) || rel.equals("run.xmi") || rel.equals("run.log") || rel.endsWith(".osteon.zip")) {
                continue;
            }
            String[] declared = record.declaredFiles.get(p.toAbsolutePath().toString());
            record.artifacts.add(new RunRecord.ArtifactRecord(p.getFileName().toString(), rel, sha256(p),
                    declared != null && declared[0] != null ? declared[0] : mediaType(p),
                    declared == null ? "" : declared[1]));
        }
        record.artifacts.sort(java.util.Comparator.comparing(RunRecord.ArtifactRecord::path));
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    public static String sha256(Path file) throws IOException {
        return org.osteon.core.io.Checksums.sha256(file);
    }

    /** Zips every file of {@code dir} (sorted, fixed timestamps) into {@code zip}. */
    public static void zip(Path dir, Path zip) throws IOException {
        List<Path> files = files(dir);
        Path tmp = zip.resolveSibling(zip.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp); ZipOutputStream out = new ZipOutputStream(os)) {
            for (Path p : files) {
                ZipEntry e = new ZipEntry(dir.relativize(p).toString().replace('\\', '/'));
                e.setLastModifiedTime(FileTime.fromMillis(Files.getLastModifiedTime(p).toMillis()));
                out.putNextEntry(e);
                Files.copy(p, out);
                out.closeEntry();
            }
        }
        Files.move(tmp, zip);
    }
}

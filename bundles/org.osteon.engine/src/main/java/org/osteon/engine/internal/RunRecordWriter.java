package org.osteon.engine.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osteon.core.report.RunReport;
import org.osteon.core.result.MatrixResult;
import org.osteon.engine.ExperimentSpec;
import org.osteon.model.Artifact;
import org.osteon.model.BundleVersion;
import org.osteon.model.Cell;
import org.osteon.model.Environment;
import org.osteon.model.Experiment;
import org.osteon.model.ExperimentFiles;
import org.osteon.model.LogEntry;
import org.osteon.model.OsteonFactory;
import org.osteon.model.Parameter;
import org.osteon.model.ParameterValue;
import org.osteon.model.PortBinding;
import org.osteon.model.ResultMatrix;
import org.osteon.model.Run;
import org.osteon.model.RunStatus;
import org.osteon.model.Step;

/** Turns a RunRecord into the EMF Run (run.xmi), the plain-text run.log and the reporters' view. */
public final class RunRecordWriter {

    private static final OsteonFactory F = OsteonFactory.eINSTANCE;

    private RunRecordWriter() {
    }

    public static void write(RunRecord record, Path file) {
        ExperimentFiles.save(toRun(record), file);
    }

    public static Run toRun(RunRecord record) {
        Run run = F.createRun();
        run.setId(record.runId);
        run.setStarted(Date.from(record.started));
        if (record.finished != null) {
            run.setFinished(Date.from(record.finished));
        }
        run.setStatus(switch (record.status) {
            case RUNNING -> RunStatus.RUNNING;
            case SUCCEEDED -> RunStatus.SUCCEEDED;
            case FAILED -> RunStatus.FAILED;
            case CANCELLED -> RunStatus.CANCELLED;
        });
        run.setSeed(record.experiment.experiment().seed());
        run.setExperiment(resolvedExperiment(record));
        Environment env = F.createEnvironment();
        Map<String, String> e = record.environment;
        env.setOs(e.getOrDefault("os", ""));
        env.setJvm(e.getOrDefault("jvm", ""));
        env.setOsteonVersion(e.getOrDefault("osteon.version", ""));
        env.setDjlVersion(e.getOrDefault("binding.version", ""));
        env.setNativeVersion(e.getOrDefault("native.version", ""));
        env.setDevice(e.getOrDefault("device", ""));
        try {
            env.setThreads(Integer.parseInt(e.getOrDefault("engine.threads", e.getOrDefault("threads", "0"))));
        } catch (NumberFormatException ignored) {
            env.setThreads(0);
        }
        for (var kv : e.entrySet()) {
            if (kv.getKey().startsWith("bundle.")) {
                BundleVersion b = F.createBundleVersion();
                b.setName(kv.getKey().substring("bundle.".length()));
                b.setVersion(kv.getValue());
                env.getBundles().add(b);
            }
        }
        run.setEnvironment(env);
        for (RunRecord.ArtifactRecord a : record.artifacts) {
            Artifact art = F.createArtifact();
            art.setName(a.name());
            art.setPath(a.path());
            art.setSha256(a.sha256());
            art.setMediaType(a.mediaType());
            art.setStep(a.step());
            run.getArtifacts().add(art);
        }
        for (RunRecord.MatrixRecord m : record.matrices) {
            run.getResults().add(toMatrix(m.matrix(), m.step()));
        }
        for (RunRecord.LogLine l : record.log) {
            LogEntry entry = F.createLogEntry();
            entry.setTime(Date.from(l.time()));
            entry.setLevel(l.level());
            entry.setStep(l.step());
            entry.setMessage(l.message());
            run.getLog().add(entry);
        }
        run.getWarnings().addAll(record.warnings);
        return run;
    }

    static ResultMatrix toMatrix(MatrixResult m, String step) {
        ResultMatrix r = F.createResultMatrix();
        r.setName(m.name());
        r.setDescription(m.description());
        r.setUnit(m.unit());
        r.setProducingStep(step);
        r.getRowLabels().addAll(m.rowLabels());
        r.getColumnLabels().addAll(m.columnLabels());
        for (int i = 0; i < m.rowLabels().size(); i++) {
            for (int j = 0; j < m.columnLabels().size(); j++) {
                Cell c = F.createCell();
                c.setRow(i);
                c.setColumn(j);
                c.setValue(m.value(i, j));
                r.getCells().add(c);
            }
        }
        return r;
    }

    /** The experiment as it ran: overrides applied, every step parameter with its final value. */
    static Experiment resolvedExperiment(RunRecord record) {
        ExperimentSpec spec = record.experiment.experiment();
        Experiment x = F.createExperiment();
        x.setName(spec.name());
        x.setDescription(spec.description());
        x.setSeed(spec.seed());
        for (ExperimentSpec.ParameterDecl p : spec.parameters()) {
            Parameter param = F.createParameter();
            param.setName(p.name());
            param.setType(p.type());
            param.setValue(record.experiment.parameters().getOrDefault(p.name(), p.value()));
            param.setDoc(p.doc());
            x.getParameters().add(param);
        }
        for (var s : record.experiment.steps()) {
            Step step = F.createStep();
            step.setId(s.spec().id());
            step.setKind(s.descriptor().id());
            for (var v : s.parameters().entrySet()) {
                ParameterValue pv = F.createParameterValue();
                pv.setName(v.getKey());
                pv.setValue(v.getValue());
                step.getParameters().add(pv);
            }
            for (var b : s.inputs().entrySet()) {
                PortBinding pb = F.createPortBinding();
                pb.setPort(b.getKey());
                pb.setSource(b.getValue());
                step.getInputs().add(pb);
            }
            x.getSteps().add(step);
        }
        x.getReporters().addAll(spec.reporters());
        return x;
    }

    public static void writeLog(RunRecord record, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (RunRecord.LogLine l : record.log) {
            sb.append(l.time()).append(' ').append(l.level()).append(' ')
                    .append(l.step().isEmpty() ? "-" : l.step()).append(' ').append(l.message()).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /** What reporters see of the run. */
    public static RunReport report(RunRecord record) {
        Map<String, String> params = new LinkedHashMap<>();
        for (ExperimentSpec.ParameterDecl p : record.experiment.experiment().parameters()) {
            params.put(p.name(), record.experiment.parameters().getOrDefault(p.name(), p.value()));
        }
        return new RunReport(record.experiment.experiment().name(), record.experiment.experiment().description(),
                record.runId, record.experiment.experiment().seed(), record.started,
                record.finished == null ? java.time.Instant.now() : record.finished, params, record.environment,
                record.steps, record.matrices.stream().map(RunRecord.MatrixRecord::matrix).toList(),
                record.artifacts.stream().map(a -> new RunReport.ArtifactSummary(a.name(), a.path(), a.sha256(),
                        a.mediaType())).toList(),
                record.warnings, record.notes);
    }
}

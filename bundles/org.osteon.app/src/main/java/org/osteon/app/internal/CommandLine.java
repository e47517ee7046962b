package org.osteon.app.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parsed arguments of one osteon command. */
record CommandLine(String command, List<String> positional, List<String> sets, Optional<Path> output,
        Optional<String> size, Optional<Long> seed, Optional<Integer> count, boolean json, Optional<Path> weights,
        Optional<Path> input, boolean inflate, Optional<String> model, Optional<Integer> batch, Optional<Integer> steps,
        boolean heatmap, Optional<Double> spacing) {

    static final String USAGE = """
            usage: osteon <command> [arguments]
              run EXPERIMENT [--set name=value]... [--output DIR]
                                  validate and run an experiment (*.osteon) into a new run folder
                                  (default runs/<experiment>-<run id>)
              validate EXPERIMENT [--set name=value]...
                                  check an experiment and report every problem at once
              list [readers|datasets|steps|models|metrics|reporters|losses|transforms]
                                  what is installed, with ids and one-line descriptions
              info FILE|DIR [--json]
                                  format, size, voxel type, spacing, origin, direction and value range of an
                                  image (a folder: a DICOM series, a data set summary, or each image in
                                  it); --json for machines
              transform ID IN.png OUT.png [--set name=value]... [--seed S]
                                  apply one preprocessing transform (e.g. org.osteon.preprocess.clahe)
                                  to one image and write the result as a PNG of IN's kind, to preview it
              phantom knee-ct DIR [--size XxYxZ] [--seed S]
                                  write a synthetic knee CT (knee-ct.nii.gz, knee-ct-labels.nii.gz)
              phantom mura|kneel|boneage|segmentation DIR [--count N] [--seed S]
                                  write a synthetic data set in the MURA v1.1, KNEEL landmark or RSNA
                                  bone age layout into a new folder (N studies, subjects or images)
              model info ID [--weights W.safetensors] [--json]
                                  a zoo network: parameter count, input convention, state-dict names and
                                  shapes; with --weights, whether W fits (every missing or misshapen tensor
                                  named; exit 2 when it does not)
              model run ID --weights W.safetensors --input IN.safetensors --output OUT.safetensors [--inflate]
                                  the network's own forward pass (classifiers: the logits) in evaluation mode
                                  on IN's float32 tensor 'input' (N, C, H, W), or (N, C, D, H, W) with the
                                  network inflated to 3D; writes the tensor 'output' to OUT
              bench train --model ID [--size S] [--batch B] [--steps N] [--json]
                                  median time of one training step (forward, backward, SGD) of a zoo
                                  network on random S x S images after warm-up, and peak memory
              predict RUN_FOLDER|ARCHIVE IMAGE|DIR... [--heatmap] [--spacing MM] [--output DIR]
                                  apply the trained models of a run (folder or its .osteon.zip) to new
                                  images, into a new folder (default predictions-<time>):
                                  a finger-abnormality run: predictions.csv (image, probability,
                                  prediction) and, with --heatmap, one Grad-CAM overlay PNG per image;
                                  a KNEEL landmark run: both knees of each bilateral radiograph (R = the
                                  image's left half), the folds' models averaged: landmarks.csv (image,
                                  side, x0,y0..x15,y15 in image pixels) and overlays/<image>-<side>.png.
                                  --spacing MM: pixel spacing of every image, instead of the file's;
                                  needed for images that state none (PNG/JPEG without resolution)
              workbench [FILE.osteon | RUN_FOLDER] [--workspace DIR]
                                  the RCP workbench (started by the osteon script; needs X or Xvfb):
                                  compose, run and inspect experiments; workspace ~/osteon-workspace
              help                this text
            exit status: 0 success, 2 a problem with the input (named in one message), 1 an internal error""";

    static CommandLine parse(String[] args) {
        List<String> positional = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        Optional<Path> output = Optional.empty();
        Optional<String> size = Optional.empty();
        Optional<Long> seed = Optional.empty();
        Optional<Integer> count = Optional.empty();
        boolean json = false;
        Optional<Path> weights = Optional.empty();
        Optional<Path> input = Optional.empty();
        boolean inflate = false;
        Optional<String> model = Optional.empty();
        Optional<Integer> batch = Optional.empty();
        Optional<Integer> steps = Optional.empty();
        boolean heatmap = false;
        Optional<Double> spacing = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--set", "-s" -> sets.add(value(args, ++i, a));
                case "--output", "-o" -> output = Optional.of(Path.of(value(args, ++i, a)));
                case "--size" -> size = Optional.of(value(args, ++i, a));
                case "--seed" -> seed = Optional.of(number(value(args, ++i, a), a));
                case "--count" -> count = Optional.of(count(value(args, ++i, a)));
                case "--json" -> json = true;
                case "--weights" -> weights = Optional.of(Path.of(value(args, ++i, a)));
                case "--input" -> input = Optional.of(Path.of(value(args, ++i, a)));
                case "--inflate" -> inflate = true;
                case "--model" -> model = Optional.of(value(args, ++i, a));
                case "--batch" -> batch = Optional.of(positive(value(args, ++i, a), a));
                case "--steps" -> steps = Optional.of(positive(value(args, ++i, a), a));
                case "--heatmap" -> heatmap = true;
                case "--spacing" -> spacing = Optional.of(millimetres(value(args, ++i, a), a));
                case "--help", "-h" -> positional.add(0, "help");
                default -> {
                    if (a.startsWith("--set=")) {
                        sets.add(a.substring(6));
                    } else if (a.startsWith("--output=")) {
                        output = Optional.of(Path.of(a.substring(9)));
                    } else if (a.startsWith("-") && a.length() > 1) {
                        throw new UsageException("unknown option " + a);
                    } else {
                        positional.add(a);
                    }
                }
            }
        }
        if (positional.isEmpty()) {
            return new CommandLine("help", List.of(), sets, output, size, seed, count, json, weights, input, inflate, model, batch,
                steps, heatmap, spacing);
        }
        return new CommandLine(positional.get(0), List.copyOf(positional.subList(1, positional.size())), sets, output,
                size, seed, count, json, weights, input, inflate, model, batch,
                steps, heatmap, spacing);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException("option " + option + " needs a value");
        }
        return args[i];
    }

    private static long number(String v, String option) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException("option " + option + " expects a whole number, got '" + v + "'");
        }
    }

    private static double millimetres(String v, String option) {
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            d = Double.NaN;
        }
        if (!(d > 0) || Double.isInfinite(d)) {
            throw new UsageException("option " + option + " expects a pixel spacing in mm > 0, got '" + v + "'");
        }
        return d;
    }

    private static int count(String v) {
        return positive(v, "--count");
    }

    private static int positive(String v, String option) {
        long n = number(v, option);
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw new UsageException("option " + option + " expects a positive whole number, got '" + v + "'");
        }
        return (int) n;
    }

    String positional(int i, String what) {
        if (positional.size() <= i) {
            throw new UsageException("'osteon " + command + "' needs " + what);
        }
        return positional.get(i);
    }

    /** The value of a required option, e.g. {@code --weights} of {@code osteon model run}. */
    static <T> T required(Optional<T> value, String option, String command) {
        return value.orElseThrow(() -> new UsageException("'osteon " + command + "' needs " + option));
    }

    void noMorePositionals(int expected) {
        if (positional.size() > expected) {
            throw new UsageException("unexpected argument '" + positional.get(expected) + "' for 'osteon " + command
                    + "'");
        }
    }
}

package org.osteon.methods;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.osteon.core.InvalidInputException;

/**
 * What {@code osteon predict} needs to rebuild a trained finger-abnormality model and prepare its input,
 * stored in the model file's safetensors {@code __metadata__} (and written beside it as a JSON card).
 *
 * @param model         the backbone's id in the models registry, e.g. {@code org.osteon.zoo.densenet169}
 * @param embedding     embedding size (the embedding head's output)
 * @param preprocessing the input preparation the model was trained with
 * @param threshold     a probability above it is abnormal (MURA: 0.5)
 * @param gradCamLayer  the backbone module whose output Grad-CAM uses (its last feature map)
 */
public record ModelCard(String model, int embedding, RadiographPreprocessing preprocessing, double threshold, String gradCamLayer) {

    /** The metadata value of {@code format} that marks a finger-abnormality model file. */
    public static final String FORMAT = "osteon.finger-abnormality.v1";

    /** The card as string metadata, keys sorted as written. */
    public Map<String, String> toMetadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("model", model);
        m.put("embedding", Integer.toString(embedding));
        m.put("classifier", "abnormality: linear " + embedding + " -> 1 logit, sigmoid");
        m.put("imageSize", Integer.toString(preprocessing.size()));
        m.put("clahe", Boolean.toString(preprocessing.clahe()));
        m.put("claheClipLimit", Double.toString(preprocessing.clipLimit()));
        m.put("claheTiles", preprocessing.tilesX() + "x" + preprocessing.tilesY());
        m.put("normalisation", "grey/bit-depth max, 3 channels, ImageNet mean (0.485, 0.456, 0.406) std (0.229, 0.224, 0.225)");
        m.put("threshold", Double.toString(threshold));
        m.put("gradCamLayer", gradCamLayer);
        return m;
    }

    /** The card of a model file's metadata; a file that is not a finger-abnormality model is refused naming {@code source}. */
    public static ModelCard fromMetadata(Map<String, String> m, String source) {
        if (!FORMAT.equals(m.get("format"))) {
            throw new InvalidInputException(source + " is not a trained finger-abnormality model (metadata format '" + m.get("format")
                    + "'; expected '" + FORMAT + "')");
        }
        Function<String, String> get = k -> {
            String v = m.get(k);
            if (v == null) {
                throw new InvalidInputException(source + " lacks metadata '" + k + "' of a finger-abnormality model");
            }
            return v;
        };
        try {
            String[] tiles = get.apply("claheTiles").split("x");
            RadiographPreprocessing p = new RadiographPreprocessing(Integer.parseInt(get.apply("imageSize")),
                    Boolean.parseBoolean(get.apply("clahe")), Double.parseDouble(get.apply("claheClipLimit")), Integer.parseInt(tiles[0]),
                    Integer.parseInt(tiles[1]));
            return new ModelCard(get.apply("model"), Integer.parseInt(get.apply("embedding")), p, Double.parseDouble(get.apply("threshold")),
                    get.apply("gradCamLayer"));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new InvalidInputException(source + " has malformed model metadata: " + e.getMessage());
        }
    }

    /** The card as a small JSON object (string values). */
    public String toJson() {
        StringBuilder b = new StringBuilder("{\n");
        var it = toMetadata().entrySet().iterator();
        while (it.hasNext()) {
            var e = it.next();
            b.append(String.format(Locale.ROOT, "  \"%s\": \"%s\"%s\n", e.getKey(), e.getValue().replace("\\", "\\\\").replace("\"", "\\\""),
                    it.hasNext() ? "," : ""));
        }
        return b.append("}\n").toString();
    }
}

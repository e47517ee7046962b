package org.osteon.dl.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.osteon.core.InvalidInputException;
import org.osteon.dl.Tensor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A network: an id (e.g. "densenet121") and its root module, whose dotted names are the state-dict names.
 * Its tensors live in the scope it was created in.
 */
public final class Network {

    private static final Logger LOG = LoggerFactory.getLogger(Network.class);

    /** Buffers a weights file may lack: PyTorch's batch-norm counter, which inference never reads. */
    private static final String OPTIONAL_SUFFIX = "num_batches_tracked";

    private final String id;
    private final Module root;

    public Network(String id, Module root) {
        this.id = Objects.requireNonNull(id);
        this.root = Objects.requireNonNull(root);
        if (root.parent().isPresent()) {
            throw new IllegalArgumentException("the root of network " + id + " must not have a parent");
        }
    }

    public String id() {
        return id;
    }

    public Module root() {
        return root;
    }

    /** Runs the whole network (see {@link Module#forward(Tensor)}). */
    public Tensor forward(Tensor input) {
        return root.forward(input);
    }

    public Network eval() {
        root.eval();
        return this;
    }

    public Network train() {
        root.train();
        return this;
    }

    /** Every module, depth first in module order, the root first. */
    public List<Module> modules() {
        return root.modules();
    }

    /** Modules of one kind, in module order. */
    public <M extends Module> List<M> modules(Class<M> type) {
        List<M> out = new ArrayList<>();
        for (Module m : root.modules()) {
            if (type.isInstance(m)) {
                out.add(type.cast(m));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The module called {@code name} (dotted path; "" is the root). */
    public Optional<Module> module(String name) {
        return root.find(name);
    }

    /** Parameters and buffers by state-dict name, in torch's order. The tensors are the network's own. */
    public Map<String, Tensor> stateDict() {
        return root.stateDict();
    }

    /** Number of learned values: the sum of the parameters' element counts (buffers not counted). */
    public long parameterCount() {
        long n = 0;
        for (Tensor t : root.namedParameters().values()) {
            n += t.size();
        }
        return n;
    }

    /**
     * Copies {@code weights} into the network's parameters and buffers. Every name of {@link #stateDict()}
     * must be present with the same shape (the batch-norm counter {@code num_batches_tracked} may be absent);
     * otherwise nothing is copied and one {@link InvalidInputException} names every missing and every
     * misshapen tensor. Tensors of parts the network does not have (e.g. {@code classifier.*} when only the
     * features were built) are ignored.
     *
     * @param source what the weights are, for messages, e.g. "weights file densenet121.safetensors"
     */
    public void loadStateDict(Map<String, Tensor> weights, String source) {
        loadStateDict(weights, source, name -> true);
    }

    /**
     * As {@link #loadStateDict(Map, String)}, for the part of the network whose state-dict names satisfy
     * {@code part} (e.g. a pretrained backbone under a new head): only those tensors are required and copied.
     */
    public void loadStateDict(Map<String, Tensor> weights, String source, Predicate<String> part) {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        weights.forEach((name, t) -> shapes.put(name, t.shape()));
        List<String> problems = stateDictProblems(shapes, part);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source + " does not fit " + id + ": " + String.join("; ", problems));
        }
        Map<String, Tensor> own = stateDict();
        List<String> unused = new ArrayList<>();
        for (Map.Entry<String, Tensor> e : weights.entrySet()) {
            Tensor target = own.get(e.getKey());
            if (target == null || !part.test(e.getKey())) {
                unused.add(e.getKey());
            } else {
                target.assign(e.getValue());
            }
        }
        if (!unused.isEmpty()) {
            LOG.debug("{}: ignored {} tensors the network {} does not have: {}", source, unused.size(), id, unused);
        }
    }

    /**
     * What keeps tensors of these names and shapes from loading into the part of the network that
     * {@code part} selects: "missing A, B" (one entry naming every missing tensor) and one entry per misshapen
     * tensor; empty when they fit. Reads no tensor data, so a weights file can be checked from its header.
     */
    public List<String> stateDictProblems(Map<String, long[]> shapes, Predicate<String> part) {
        List<String> missing = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Tensor> e : stateDict().entrySet()) {
            if (!part.test(e.getKey())) {
                continue;
            }
            long[] given = shapes.get(e.getKey());
            if (given == null) {
                if (!e.getKey().endsWith(OPTIONAL_SUFFIX)) {
                    missing.add(e.getKey());
                }
            } else if (!Arrays.equals(given, e.getValue().shape())) {
                problems.add(e.getKey() + " has shape " + Arrays.toString(given) + " but the network expects "
                        + Arrays.toString(e.getValue().shape()));
            }
        }
        if (!missing.isEmpty()) {
            problems.add(0, "missing " + String.join(", ", missing));
        }
        return List.copyOf(problems);
    }

    @Override
    public String toString() {
        return "Network[" + id + ", " + parameterCount() + " parameters]";
    }
}

package org.osteon.training.optim;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.osteon.core.InvalidInputException;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;

/**
 * An optimizer over named parameters (usually {@code Module.trainableParameters()}), written on Osteon's
 * in-place tensor operations with torch 1.13's update rules. Its state (momentum buffers, Adam moments,
 * per-parameter step counts) lives in its own scope and is exported as named tensors
 * ({@code <parameter>.<slot>}, e.g. {@code fc.weight.exp_avg}) for checkpoints.
 * <p>
 * A parameter without a gradient is skipped by {@link #step()} and gets no state, as in torch.
 */
public abstract class Optimizer implements AutoCloseable {

    private final Map<String, Tensor> parameters;
    private final TensorScope state;
    private final Map<String, Map<String, Tensor>> slots = new LinkedHashMap<>();
    private double learningRate;

    protected Optimizer(Map<String, Tensor> parameters, TensorScope parent, double learningRate) {
        if (parameters.isEmpty()) {
            throw new InvalidInputException("the optimizer has no parameters to train: every parameter is frozen");
        }
        checkRate(learningRate);
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.state = parent.newChild();
        this.learningRate = learningRate;
    }

    static void checkRate(double rate) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new InvalidInputException("learning rate must be a finite number >= 0, got " + rate);
        }
    }

    /** The parameters updated, by name, in the order given. */
    public final Map<String, Tensor> parameters() {
        return parameters;
    }

    public final double learningRate() {
        return learningRate;
    }

    /** Sets the learning rate for the next steps (schedules call this). */
    public final void setLearningRate(double rate) {
        checkRate(rate);
        learningRate = rate;
    }

    /** Sets every parameter's gradient to zero (they accumulate across backward passes otherwise). */
    public final void zeroGrad() {
        parameters.values().forEach(Tensor::zeroGrad);
    }

    /** One update of every parameter that has a gradient. */
    public final void step() {
        for (Map.Entry<String, Tensor> e : parameters.entrySet()) {
            Optional<Tensor> grad = e.getValue().grad();
            if (grad.isPresent()) {
                Map<String, Tensor> s = slots.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>());
                Tensor step = s.computeIfAbsent("step", k -> Tensor.zeros(state));
                step.addInPlace(1f);
                try (TensorScope temp = state.newChild()) {
                    update(e.getValue(), grad.get(), s, (long) step.item(), temp);
                }
            }
        }
    }

    /**
     * Updates {@code parameter} in place from {@code grad}. {@code slots} holds this parameter's state
     * (create missing entries with {@link #newSlot}); {@code step} counts this parameter's updates from 1;
     * temporaries go in {@code temp}, freed afterwards.
     */
    protected abstract void update(Tensor parameter, Tensor grad, Map<String, Tensor> slots, long step, TensorScope temp);

    /** The state slots this optimizer keeps per parameter besides "step", e.g. "exp_avg", "exp_avg_sq". */
    protected abstract List<String> slotNames();

    /** A zero tensor shaped like {@code like}, in the optimizer's state scope. */
    protected final Tensor newSlot(Tensor like) {
        return Tensor.zeros(state, like.shape());
    }

    /** A copy of {@code source} in the optimizer's state scope (torch's {@code clone(d_p).detach()}). */
    protected final Tensor copySlot(Tensor source) {
        return source.copyTo(state);
    }

    /** Number of steps taken (the largest per-parameter count; 0 before the first). */
    public final long stepCount() {
        long n = 0;
        for (Map<String, Tensor> s : slots.values()) {
            n = Math.max(n, (long) s.get("step").item());
        }
        return n;
    }

    /**
     * The state as named tensors, {@code <parameter>.<slot>}: the per-parameter {@code step} (float32 scalar,
     * as torch 1.13) and this optimizer's slots. The tensors are the live state: copy them to keep values.
     */
    public final Map<String, Tensor> state() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        slots.forEach((p, s) -> s.forEach((slot, t) -> out.put(p + "." + slot, t)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Replaces the state with copies of {@code saved} (as {@link #state()} wrote it).
     *
     * @throws InvalidInputException naming every entry that fits no parameter or slot, or whose shape differs
     */
    public final void loadState(Map<String, Tensor> saved) {
        List<String> names = new java.util.ArrayList<>(slotNames());
        names.add("step");
        TreeSet<String> problems = new TreeSet<>();
        Map<String, Map<String, Tensor>> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> e : saved.entrySet()) {
            String key = e.getKey();
            int dot = key.lastIndexOf('.');
            String param = dot < 0 ? "" : key.substring(0, dot);
            String slot = key.substring(dot + 1);
            Tensor p = parameters.get(param);
            if (p == null || !names.contains(slot)) {
                problems.add(key + " (no such parameter or slot)");
                continue;
            }
            long[] expected = slot.equals("step") ? new long[0] : p.shape();
            if (!Arrays.equals(expected, e.getValue().shape())) {
                problems.add(key + " (shape " + Arrays.toString(e.getValue().shape()) + ", expected " + Arrays.toString(expected) + ")");
                continue;
            }
            parsed.computeIfAbsent(param, k -> new LinkedHashMap<>()).put(slot, e.getValue());
        }
        parsed.forEach((param, s) -> {
            if (!s.containsKey("step")) {
                problems.add(param + ".step (missing)");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException("optimizer state does not fit " + getClass().getSimpleName() + ": " + String.join(", ", problems));
        }
        slots.values().forEach(s -> s.values().forEach(Tensor::close));
        slots.clear();
        parsed.forEach((param, s) -> {
            Map<String, Tensor> copy = new LinkedHashMap<>();
            s.forEach((slot, t) -> copy.put(slot, t.toFloat32().copyTo(state)));
            slots.put(param, copy);
        });
    }

    /** Frees the state. */
    @Override
    public void close() {
        state.close();
    }
}

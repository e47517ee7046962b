package org.osteon.dl.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.osteon.core.InvalidInputException;
import org.osteon.dl.Tensor;
import org.osteon.dl.TensorScope;

/**
 * A building block of a network, as torch.nn.Module: named parameters (learned), named buffers (state such
 * as batch-norm running statistics), named children in module order, a training/evaluation mode and
 * forward hooks. Names join with dots from the root, so a network built like torchvision's has torchvision's
 * state-dict names ({@code features.denseblock1.denselayer1.norm1.running_mean}).
 * <p>
 * Subclasses implement {@link #compute(Tensor)} and reach their parameters, buffers and children by name
 * ({@link #parameter(String)}, {@link #buffer(String)}, {@link #child(String)}), never through fields of their
 * own: copies and {@link Inflation} rebuild the tree and replace what those names refer to.
 */
public abstract class Module implements Cloneable {

    private String localName = "";
    private Module parent;
    private boolean training = true;
    private LinkedHashMap<String, Module> children = new LinkedHashMap<>();
    private LinkedHashMap<String, Tensor> parameters = new LinkedHashMap<>();
    private LinkedHashMap<String, Tensor> buffers = new LinkedHashMap<>();
    /** Local names of the parameters frozen (not trained); see {@link #freeze(String...)}. */
    private LinkedHashSet<String> frozen = new LinkedHashSet<>();
    private List<ForwardHook> hooks = new CopyOnWriteArrayList<>();
    private List<UnaryOperator<Tensor>> outputTaps = new CopyOnWriteArrayList<>();

    /** The computation of this module alone; called by {@link #forward(Tensor)}. */
    protected abstract Tensor compute(Tensor input);

    /**
     * Runs this module on {@code input}. The intermediate tensors are freed before it returns; the result
     * lives in the input's scope. Forward hooks see the output first.
     */
    public final Tensor forward(Tensor input) {
        return input.scoped(x -> {
            Tensor out = compute(x);
            for (ForwardHook hook : hooks) {
                hook.onForward(this, out);
            }
            for (UnaryOperator<Tensor> tap : outputTaps) {
                out = tap.apply(out);
            }
            return out;
        });
    }

    // ---- tree ---------------------------------------------------------------------------------------

    /** Dotted path from the root ("" for the root itself), e.g. {@code features.denseblock1.denselayer1.conv1}. */
    public final String name() {
        if (parent == null) {
            return "";
        }
        String p = parent.name();
        return p.isEmpty() ? localName : p + "." + localName;
    }

    /** Name under the parent ("" for the root). */
    public final String localName() {
        return localName;
    }

    public final Optional<Module> parent() {
        return Optional.ofNullable(parent);
    }

    /** Registers {@code module} as the child {@code name} (module order is registration order). */
    protected final <M extends Module> M addChild(String name, M module) {
        checkName(name);
        Module m = module;
        if (m.parent != null) {
            throw new IllegalArgumentException("module " + m.name() + " already has a parent");
        }
        if (children.containsKey(name) || parameters.containsKey(name) || buffers.containsKey(name)) {
            throw new IllegalArgumentException("name " + name + " is already used in " + describeName());
        }
        m.parent = this;
        m.localName = name;
        children.put(name, module);
        return module;
    }

    /** The children, in module order. */
    public final Map<String, Module> children() {
        return Collections.unmodifiableMap(children);
    }

    /** The child called {@code name}; a missing one is a programming error. */
    protected final Module child(String name) {
        Module m = children.get(name);
        if (m == null) {
            throw new NoSuchElementException(describeName() + " has no child " + name);
        }
        return m;
    }

    /** This module and all below it, depth first in module order (torch's {@code modules()}). */
    public final List<Module> modules() {
        List<Module> out = new ArrayList<>();
        collect(out);
        return out;
    }

    private void collect(List<Module> out) {
        out.add(this);
        for (Module c : children.values()) {
            c.collect(out);
        }
    }

    /** The module at {@code path} relative to this one ("" is this module). */
    public final Optional<Module> find(String path) {
        if (path.isEmpty()) {
            return Optional.of(this);
        }
        Module m = this;
        for (String part : path.split("\\.", -1)) {
            m = m.children.get(part);
            if (m == null) {
                return Optional.empty();
            }
        }
        return Optional.of(m);
    }

    // ---- parameters and buffers --------------------------------------------------------------------

    protected final Tensor registerParameter(String name, Tensor value) {
        checkFree(name);
        parameters.put(name, value);
        return value;
    }

    protected final Tensor registerBuffer(String name, Tensor value) {
        checkFree(name);
        buffers.put(name, value);
        return value;
    }

    /** This module's own parameter {@code name}; a missing one is a programming error. */
    public final Tensor parameter(String name) {
        Tensor t = parameters.get(name);
        if (t == null) {
            throw new NoSuchElementException(describeName() + " has no parameter " + name);
        }
        return t;
    }

    /** This module's own buffer {@code name}; a missing one is a programming error. */
    public final Tensor buffer(String name) {
        Tensor t = buffers.get(name);
        if (t == null) {
            throw new NoSuchElementException(describeName() + " has no buffer " + name);
        }
        return t;
    }

    /** This module's own parameters (not its children's), by local name. */
    public final Map<String, Tensor> localParameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** This module's own buffers (not its children's), by local name. */
    public final Map<String, Tensor> localBuffers() {
        return Collections.unmodifiableMap(buffers);
    }

    /** All parameters of this module and below, by dotted name relative to this module, in module order. */
    public final Map<String, Tensor> namedParameters() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        walk("", out, true, false);
        return Collections.unmodifiableMap(out);
    }

    /** All buffers of this module and below, by dotted name relative to this module, in module order. */
    public final Map<String, Tensor> namedBuffers() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        walk("", out, false, true);
        return Collections.unmodifiableMap(out);
    }

    /** Parameters and buffers by dotted name relative to this module, in torch's state-dict order. */
    public final Map<String, Tensor> stateDict() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        walk("", out, true, true);
        return Collections.unmodifiableMap(out);
    }

    private void walk(String prefix, Map<String, Tensor> out, boolean params, boolean bufs) {
        if (params) {
            parameters.forEach((n, t) -> out.put(prefix + n, t));
        }
        if (bufs) {
            buffers.forEach((n, t) -> out.put(prefix + n, t));
        }
        children.forEach((n, c) -> c.walk(prefix + n + ".", out, params, bufs));
    }

    // ---- trainable and frozen parameters ----------------------------------------------------------

    /**
     * Makes every parameter of this module and below that is not frozen need a gradient (torch's
     * {@code requires_grad_(True)}), and every frozen one not. Parameters need none until this is called, so
     * that inference on any thread records nothing.
     */
    public final Module markTrainable() {
        for (Module m : modules()) {
            m.parameters.forEach((n, t) -> t.requiresGrad(!m.frozen.contains(n)));
        }
        return this;
    }

    /**
     * Freezes the parameters whose dotted name (relative to this module) is one of {@code namePrefixes} or
     * lies below one ({@code features.denseblock1} freezes {@code features.denseblock1.denselayer1.conv1.weight},
     * not {@code features.denseblock10...}; "" freezes everything). Frozen parameters need no gradient, are
     * left out of {@link #trainableParameters()}, and a module whose parameters are all frozen stays in
     * evaluation mode when {@link #train()} is called (frozen batch norm keeps its running statistics).
     *
     * @throws InvalidInputException when a prefix names no parameter (the message lists the top-level names)
     */
    public final Module freeze(String... namePrefixes) {
        setFrozen(true, namePrefixes);
        return this;
    }

    /** The inverse of {@link #freeze(String...)}: those parameters need a gradient again. */
    public final Module unfreeze(String... namePrefixes) {
        setFrozen(false, namePrefixes);
        return this;
    }

    private void setFrozen(boolean freeze, String... namePrefixes) {
        for (String prefix : namePrefixes) {
            int matched = 0;
            for (Module m : modules()) {
                String base = relativeName(m);
                for (Map.Entry<String, Tensor> e : m.parameters.entrySet()) {
                    String full = base.isEmpty() ? e.getKey() : base + "." + e.getKey();
                    if (prefix.isEmpty() || full.equals(prefix) || full.startsWith(prefix + ".")) {
                        matched++;
                        if (freeze) {
                            m.frozen.add(e.getKey());
                        } else {
                            m.frozen.remove(e.getKey());
                        }
                        e.getValue().requiresGrad(!freeze);
                    }
                }
            }
            if (matched == 0) {
                throw new InvalidInputException("'" + prefix + "' names no parameter to " + (freeze ? "freeze" : "unfreeze")
                        + ": expected a dotted module or parameter name such as " + String.join(", ", children.keySet()));
            }
        }
        // a module that became wholly frozen leaves training mode at once
        for (Module m : modules()) {
            if (m.isFrozen()) {
                m.training = false;
            }
        }
    }

    private String relativeName(Module m) {
        List<String> parts = new ArrayList<>();
        for (Module x = m; x != this; x = x.parent) {
            parts.add(0, x.localName);
        }
        return String.join(".", parts);
    }

    /** Whether this module has parameters of its own and all of them are frozen. */
    public final boolean isFrozen() {
        return !parameters.isEmpty() && frozen.containsAll(parameters.keySet());
    }

    /** Whether this module's own parameter {@code name} is frozen. */
    public final boolean isFrozen(String parameterName) {
        parameter(parameterName);
        return frozen.contains(parameterName);
    }

    /** The parameters of this module and below that are not frozen, by dotted name, in module order. */
    public final Map<String, Tensor> trainableParameters() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (Module m : modules()) {
            String base = relativeName(m);
            m.parameters.forEach((n, t) -> {
                if (!m.frozen.contains(n)) {
                    out.put(base.isEmpty() ? n : base + "." + n, t);
                }
            });
        }
        return Collections.unmodifiableMap(out);
    }

    /** Sets the gradient of every parameter of this module and below to zero (they accumulate otherwise). */
    public final void zeroGrad() {
        for (Module m : modules()) {
            m.parameters.values().forEach(Tensor::zeroGrad);
        }
    }

    // ---- mode ---------------------------------------------------------------------------------------

    /**
     * Training mode for this module and below (batch statistics in batch norm, dropout active), except for
     * modules whose parameters are all frozen ({@link #isFrozen()}): they stay in evaluation mode, so no
     * helper can put a frozen batch norm back to updating its statistics.
     */
    public final Module train() {
        setTraining(true);
        return this;
    }

    /** Evaluation mode for this module and below (running statistics in batch norm). */
    public final Module eval() {
        setTraining(false);
        return this;
    }

    private void setTraining(boolean t) {
        training = t && !isFrozen();
        for (Module c : children.values()) {
            c.setTraining(t);
        }
    }

    public final boolean isTraining() {
        return training;
    }

    /**
     * Runs {@code work} with this module and below in evaluation mode and then puts every module back in
     * exactly the mode it had (not a blanket {@link #train()}).
     */
    public final <T> T inEvalMode(Supplier<T> work) {
        Map<Module, Boolean> before = new IdentityHashMap<>();
        for (Module m : modules()) {
            before.put(m, m.training);
        }
        eval();
        try {
            return work.get();
        } finally {
            before.forEach((m, t) -> m.training = t);
        }
    }

    // ---- hooks --------------------------------------------------------------------------------------

    /** Calls {@code hook} with this module's output each time it runs, until the registration is closed. */
    public final HookRegistration addForwardHook(ForwardHook hook) {
        hooks.add(hook);
        return () -> hooks.remove(hook);
    }

    /**
     * Lets {@code tap} replace this module's output (after the forward hooks), until the registration is
     * closed; {@link ActivationCapture} uses it to keep an activation and its gradient.
     */
    final HookRegistration addOutputTap(UnaryOperator<Tensor> tap) {
        outputTaps.add(tap);
        return () -> outputTaps.remove(tap);
    }

    // ---- copies -------------------------------------------------------------------------------------

    /** A deep copy of this module and below, its tensors copied into {@code scope}; hooks are not copied. */
    public final Module copy(TensorScope scope) {
        return rebuild(scope, m -> Optional.empty());
    }

    /**
     * A copy of the tree in which {@code replacement} decides, module by module from the top, what replaces
     * a module; where it gives nothing the module is copied (its tensors into {@code scope}) and its
     * children are rebuilt the same way.
     */
    final Module rebuild(TensorScope scope, Function<Module, Optional<Module>> replacement) {
        Optional<Module> r = replacement.apply(this);
        if (r.isPresent()) {
            Module m = r.get();
            m.training = training;
            return m;
        }
        Module c;
        try {
            c = (Module) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        c.parent = null;
        c.localName = "";
        c.hooks = new CopyOnWriteArrayList<>();
        c.outputTaps = new CopyOnWriteArrayList<>();
        c.frozen = new LinkedHashSet<>(frozen);
        c.parameters = new LinkedHashMap<>();
        c.buffers = new LinkedHashMap<>();
        c.children = new LinkedHashMap<>();
        parameters.forEach((n, t) -> c.parameters.put(n, t.copyTo(scope)));
        buffers.forEach((n, t) -> c.buffers.put(n, t.copyTo(scope)));
        children.forEach((n, ch) -> c.addChild(n, ch.rebuild(scope, replacement)));
        return c;
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private void checkName(String name) {
        if (name.isEmpty() || name.contains(".")) {
            throw new IllegalArgumentException("module, parameter and buffer names are non-empty and have no dots: '" + name + "'");
        }
    }

    private void checkFree(String name) {
        checkName(name);
        if (children.containsKey(name) || parameters.containsKey(name) || buffers.containsKey(name)) {
            throw new IllegalArgumentException("name " + name + " is already used in " + describeName());
        }
    }

    private String describeName() {
        String n = name();
        return n.isEmpty() ? getClass().getSimpleName() : n;
    }

    /** The layer's settings for {@link #toString()}, e.g. "3, 64, kernel=[7, 7]". */
    protected String settings() {
        return "";
    }

    @Override
    public String toString() {
        String n = name();
        return getClass().getSimpleName() + "(" + settings() + ")" + (n.isEmpty() ? "" : " " + n);
    }
}

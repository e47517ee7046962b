package org.osteon.dl.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

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
    private List<ForwardHook> hooks = new CopyOnWriteArrayList<>();

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

    // ---- mode ---------------------------------------------------------------------------------------

    /** Training mode for this module and below (batch statistics in batch norm). */
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
        training = t;
        for (Module c : children.values()) {
            c.setTraining(t);
        }
    }

    public final boolean isTraining() {
        return training;
    }

    // ---- hooks --------------------------------------------------------------------------------------

    /** Calls {@code hook} with this module's output each time it runs, until the registration is closed. */
    public final HookRegistration addForwardHook(ForwardHook hook) {
        hooks.add(hook);
        return () -> hooks.remove(hook);
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

package org.osteon.dl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.jni.JniUtils;

/**
 * An n-dimensional array in native memory, owned by a {@link TensorScope}. The operations are those the
 * networks of the zoo need, with PyTorch semantics (layout N, C, spatial...). The result of an operation
 * lives in the scope of the tensor it is called on (the activation, for layer operations).
 * <p>
 * Tensors never leave this bundle's API as DJL objects: callers read values with {@link #toFloatArray()}.
 */
public final class Tensor implements AutoCloseable {

    private final NDArray array;
    /** The handle on this tensor's gradient, fetched once (every fetch makes a new native handle). */
    private Tensor gradView;

    Tensor(NDArray array) {
        this.array = Objects.requireNonNull(array);
    }

    NDArray array() {
        return array;
    }

    // ---- creation ----------------------------------------------------------------------------------

    /** A float32 tensor holding {@code data} (row-major, last axis fastest) with the given shape. */
    public static Tensor fromFloatArray(TensorScope scope, float[] data, long... shape) {
        long n = numel(shape);
        if (n != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n + " values, got " + data.length);
        }
        return new Tensor(owned(scope.manager().create(data, new Shape(shape))));
    }

    /**
     * {@code fromJava}'s values in memory that libtorch owns. The engine binding creates a tensor from Java data
     * over a direct buffer that only its Java object keeps alive (torch::from_blob); a view of it or a value that
     * autograd saved for the backward pass (matmul and mul keep their operands) outlives that object once it is
     * closed or collected, and then reads freed memory: gradients turned NaN at random in training. A clone owns
     * its memory for as long as any native tensor refers to it.
     */
    static NDArray owned(NDArray fromJava) {
        NDArray copy = fromJava.duplicate();
        fromJava.close();
        return copy;
    }

    /** An int64 tensor holding {@code data} with the given shape (an empty shape gives a scalar). */
    public static Tensor fromLongArray(TensorScope scope, long[] data, long... shape) {
        long n = numel(shape);
        if (n != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n + " values, got " + data.length);
        }
        return new Tensor(owned(scope.manager().create(data, new Shape(shape))));
    }

    /** A float32 tensor filled with {@code value}. */
    public static Tensor full(TensorScope scope, float value, long... shape) {
        return new Tensor(scope.manager().full(new Shape(shape), value, DataType.FLOAT32));
    }

    public static Tensor zeros(TensorScope scope, long... shape) {
        return new Tensor(scope.manager().zeros(new Shape(shape), DataType.FLOAT32));
    }

    public static Tensor ones(TensorScope scope, long... shape) {
        return new Tensor(scope.manager().ones(new Shape(shape), DataType.FLOAT32));
    }

    /** Number of elements of a shape. */
    public static long numel(long... shape) {
        long n = 1;
        for (long s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            n = Math.multiplyExact(n, s);
        }
        return n;
    }

    // ---- inspection --------------------------------------------------------------------------------

    /** The shape, a copy (the engine's own array must not be changed through it). */
    public long[] shape() {
        return array.getShape().getShape().clone();
    }

    public int rank() {
        return array.getShape().dimension();
    }

    public long dim(int axis) {
        return array.getShape().get(axis < 0 ? rank() + axis : axis);
    }

    /** Number of elements. */
    public long size() {
        return array.size();
    }

    /** Element type in PyTorch's spelling: float32, float16, bfloat16, float64, int64, int32, int8, uint8. */
    public String dataType() {
        return switch (array.getDataType()) {
            case FLOAT32 -> "float32";
            case FLOAT16 -> "float16";
            case BFLOAT16 -> "bfloat16";
            case FLOAT64 -> "float64";
            case INT64 -> "int64";
            case INT32 -> "int32";
            case INT8 -> "int8";
            case UINT8 -> "uint8";
            case BOOLEAN -> "bool";
            default -> array.getDataType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    public boolean isFloat32() {
        return array.getDataType() == DataType.FLOAT32;
    }

    /** The values as float (converted when the tensor is not float32), row-major. */
    public float[] toFloatArray() {
        if (array.getDataType() == DataType.FLOAT32) {
            return array.toFloatArray();
        }
        try (NDArray f = array.toType(DataType.FLOAT32, true)) {
            return f.toFloatArray();
        }
    }

    /** The values as long (converted from any type; floats are truncated), row-major. */
    public long[] toLongArray() {
        if (array.getDataType() == DataType.INT64) {
            return array.toLongArray();
        }
        try (NDArray f = array.toType(DataType.INT64, true)) {
            return f.toLongArray();
        }
    }

    public boolean isOpen() {
        return !array.isReleased();
    }

    /**
     * The scope this tensor lives in, to create related tensors beside it. Do not close it through this
     * handle: it belongs to whoever opened it.
     */
    public TensorScope scope() {
        return new TensorScope(array.getManager());
    }

    // ---- scopes ------------------------------------------------------------------------------------

    /** A copy of this tensor owned by {@code scope}. */
    public Tensor copyTo(TensorScope scope) {
        NDArray copy = array.duplicate();
        copy.attach(scope.manager());
        return new Tensor(copy);
    }

    /** Hands this tensor over to {@code scope}: it is freed when that scope closes, not its current one. */
    public Tensor moveTo(TensorScope scope) {
        array.attach(scope.manager());
        return this;
    }

    /**
     * Applies {@code operation} to this tensor so that every intermediate tensor it creates is freed when it
     * returns, and only its result stays, in this tensor's scope. Networks run each module this way, so a
     * forward pass keeps only the activations still needed.
     */
    public Tensor scoped(UnaryOperator<Tensor> operation) {
        NDManager outer = array.getManager();
        try (NDManager inner = outer.newSubManager()) {
            // results of operations on this tensor are created in its (now temporary) manager
            array.tempAttach(inner);
            Tensor result = operation.apply(this);
            if (result.array.getManager() == inner) {
                result.array.attach(outer);
            }
            // else: a tensor owned elsewhere (e.g. a parameter) stays where it is
            return result;
        }
    }

    /**
     * Overwrites this tensor's values with {@code source}'s, in place (converted to this tensor's type);
     * every holder of this tensor sees the new values.
     */
    public void assign(Tensor source) {
        if (!Arrays.equals(shape(), source.shape())) {
            throw new IllegalArgumentException("cannot assign a tensor of shape " + Arrays.toString(source.shape())
                    + " to one of shape " + Arrays.toString(shape()));
        }
        try (NDArray converted = source.array.toType(array.getDataType(), true)) {
            array.set(converted.toByteBuffer());
        }
    }

    /** Overwrites this float32 tensor's values, in place, with {@code values} (row-major). */
    public void assign(float[] values) {
        if (array.getDataType() != DataType.FLOAT32 || values.length != array.size()) {
            throw new IllegalArgumentException("cannot assign " + values.length + " floats to " + this);
        }
        array.set(java.nio.FloatBuffer.wrap(values));
    }

    /** Frees this tensor now rather than with its scope. */
    @Override
    public void close() {
        array.close();
    }

    // ---- autograd ----------------------------------------------------------------------------------

    /**
     * Marks this tensor (a leaf, such as a parameter) as needing its gradient, as torch's
     * {@code requires_grad_}. Operations on it are recorded while the thread records gradients
     * ({@link Autograd#record()}).
     */
    public Tensor requiresGrad(boolean required) {
        JniUtils.attachGradient((PtNDArray) array, required);
        return this;
    }

    /**
     * Whether this LEAF tensor (created, not computed) is marked as needing a gradient. The engine binding
     * reports false for every computed tensor, recorded or not, so this does not tell whether a result is
     * part of a recorded graph; {@link #backward()} on a result that is not throws.
     */
    public boolean requiresGrad() {
        return JniUtils.requiresGrad((PtNDArray) array);
    }

    /**
     * Computes the gradient of this one-element tensor (a loss) with respect to every leaf that needs one,
     * and ADDS it to their gradients, as torch's {@code backward()}. The recorded graph is freed.
     */
    public void backward() {
        if (array.size() != 1) {
            throw new IllegalArgumentException("backward() without a gradient needs a one-element tensor, got " + this);
        }
        try (NDArray ones = array.onesLike()) {
            backward(ones);
        }
    }

    /** Vector-Jacobian product: backward with {@code gradient} (this tensor's shape) as the output gradient. */
    public void backward(Tensor gradient) {
        if (!Arrays.equals(shape(), gradient.shape())) {
            throw new IllegalArgumentException("gradient " + gradient + " does not fit " + this);
        }
        backward(gradient.array);
    }

    private void backward(NDArray gradient) {
        try {
            JniUtils.backward((PtNDArray) array, (PtNDArray) gradient, false, false);
        } catch (EngineException e) {
            throw new IllegalStateException("backward() on " + this + " failed: it must be computed while recording gradients "
                    + "(Autograd.record()) from tensors that need them (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /**
     * The gradient accumulated in this leaf by {@link #backward()}, empty before the first backward pass.
     * The tensor returned shares the gradient's memory (later backward passes and {@link #zeroGrad()} change
     * it); it is the same object on every call and lives in this tensor's scope. Copy it to keep values.
     */
    public Optional<Tensor> grad() {
        Tensor g = gradView;
        if (g != null && g.isOpen()) {
            return Optional.of(g);
        }
        PtNDArray handle = JniUtils.getGradient((PtNDArray) array);
        if (handle == null) {
            return Optional.empty();
        }
        gradView = new Tensor(handle);
        return Optional.of(gradView);
    }

    /** Sets this leaf's gradient to zero in place (gradients accumulate otherwise); nothing when it has none. */
    public void zeroGrad() {
        if (grad().isPresent()) {
            JniUtils.zeroGrad((PtNDArray) array);
        }
    }

    /**
     * A tensor sharing this one's values but cut from the recorded graph (torch's {@code detach()}): nothing
     * computed from it reaches this tensor's gradient. It lives in this tensor's scope.
     */
    public Tensor detach() {
        return new Tensor(JniUtils.detachGradient((PtNDArray) array));
    }

    // ---- in place, never recorded (optimizer updates, statistics) ----------------------------------

    /** Runs an in-place update with recording off (an in-place change of a leaf that needs a gradient is refused otherwise). */
    private Tensor inPlace(Runnable update) {
        boolean before = JniUtils.isGradMode();
        if (before) {
            JniUtils.setGradMode(false);
        }
        try {
            update.run();
        } finally {
            if (before) {
                JniUtils.setGradMode(true);
            }
        }
        return this;
    }

    /** this += other (broadcast), in place. */
    public Tensor addInPlace(Tensor other) {
        return inPlace(() -> array.addi(other.array));
    }

    /** this += alpha * other, in place (torch's {@code add_(other, alpha=alpha)}). */
    public Tensor addInPlace(Tensor other, float alpha) {
        return inPlace(() -> {
            try (NDArray scaled = other.array.mul(alpha)) {
                array.addi(scaled);
            }
        });
    }

    /** this += value, in place. */
    public Tensor addInPlace(float value) {
        return inPlace(() -> {
            if (array.getDataType().isInteger()) {
                array.addi((long) value);
            } else {
                array.addi(value);
            }
        });
    }

    /** this *= value, in place. */
    public Tensor mulInPlace(float value) {
        return inPlace(() -> array.muli(value));
    }

    /** this *= other (broadcast), in place. */
    public Tensor mulInPlace(Tensor other) {
        return inPlace(() -> array.muli(other.array));
    }

    /** this += value * a * b, in place (torch's {@code addcmul_}). */
    public Tensor addcmulInPlace(Tensor a, Tensor b, float value) {
        return inPlace(() -> {
            try (NDArray p = a.array.mul(b.array)) {
                p.muli(value);
                array.addi(p);
            }
        });
    }

    /** this += value * a / b, in place (torch's {@code addcdiv_}). */
    public Tensor addcdivInPlace(Tensor a, Tensor b, float value) {
        return inPlace(() -> {
            try (NDArray q = a.array.div(b.array)) {
                q.muli(value);
                array.addi(q);
            }
        });
    }

    /** Overwrites this tensor's values with {@code source}'s (broadcast, same type), in place, as torch's {@code copy_}. */
    public Tensor copyFrom(Tensor source) {
        return inPlace(() -> {
            long[] s = shape();
            if (s.length == 0) {
                try (NDArray view = array.reshape(1); NDArray src = source.array.reshape(1)) {
                    JniUtils.indexSet((PtNDArray) view, (PtNDArray) src, new long[] {0}, new long[] {1}, new long[] {1});
                }
                return;
            }
            long[] zeros = new long[s.length];
            long[] steps = new long[s.length];
            Arrays.fill(steps, 1);
            JniUtils.indexSet((PtNDArray) array, (PtNDArray) source.array, zeros, s, steps);
        });
    }

    // ---- element-wise and shape operations ----------------------------------------------------------

    public Tensor toFloat32() {
        return new Tensor(array.toType(DataType.FLOAT32, true));
    }

    public Tensor reshape(long... shape) {
        return new Tensor(array.reshape(shape));
    }

    /** Flattens axes {@code startAxis..} into one, as torch.flatten(x, startAxis). */
    public Tensor flatten(int startAxis) {
        long[] s = shape();
        long[] r = new long[startAxis + 1];
        System.arraycopy(s, 0, r, 0, startAxis);
        long n = 1;
        for (int i = startAxis; i < s.length; i++) {
            n *= s[i];
        }
        r[startAxis] = n;
        return reshape(r);
    }

    public Tensor add(Tensor other) {
        return new Tensor(array.add(other.array));
    }

    public Tensor sub(Tensor other) {
        return new Tensor(array.sub(other.array));
    }

    public Tensor mul(Tensor other) {
        return new Tensor(array.mul(other.array));
    }

    public Tensor add(float value) {
        try (NDArray v = scalarOperand(value)) {
            return new Tensor(array.add(v));
        }
    }

    public Tensor mul(float value) {
        try (NDArray v = scalarOperand(value)) {
            return new Tensor(array.mul(v));
        }
    }

    public Tensor div(float value) {
        try (NDArray v = scalarOperand(value)) {
            return new Tensor(array.div(v));
        }
    }

    /**
     * {@code value} as the float32 scalar operand of an element-wise operation, in memory libtorch owns. The engine
     * binding's own scalar overloads (x.mul(2f)) make the operand from a Java buffer and close it at once, while
     * autograd keeps it for the backward pass (the gradient of x * c is c): the backward then read freed memory
     * (see {@link #owned}). The type promotion is the binding's: a float32 scalar.
     */
    private NDArray scalarOperand(float value) {
        return nativeScalar(array.getManager(), value);
    }

    /** A float32 scalar made by libtorch itself (torch::full), so its memory lives as long as libtorch refers to it. */
    private static NDArray nativeScalar(NDManager manager, float value) {
        return JniUtils.full((PtNDManager) manager, new Shape(), value, DataType.FLOAT32, manager.getDevice(), SparseFormat.DENSE);
    }

    /**
     * Divides by the L2 norm along {@code axis}, as torch.nn.functional.normalize(x, p=2, dim=axis, eps): the
     * norm is clamped below at {@code eps}, so a zero vector stays zero instead of becoming NaN.
     */
    public Tensor l2Normalize(int axis, double eps) {
        try (NDArray norm = array.norm(new int[] {axis < 0 ? rank() + axis : axis}, true);
                NDArray floor = scalarOperand((float) eps); NDArray clamped = norm.maximum(floor)) {
            return new Tensor(array.div(clamped));
        }
    }

    /** Element-wise max(x, 0). */
    public Tensor relu() {
        return new Tensor(array.getNDArrayInternal().relu());
    }

    /** Inserts an axis of length 1 at {@code axis}. */
    public Tensor expandDims(int axis) {
        return new Tensor(array.expandDims(axis));
    }

    /** Repeats each element {@code times} times along {@code axis} (an axis of length 1 becomes length {@code times}). */
    public Tensor repeat(int axis, long times) {
        return new Tensor(array.repeat(axis, times));
    }

    /** Mean over {@code axes}, keeping them as length-1 axes when {@code keepDims}. */
    public Tensor mean(int[] axes, boolean keepDims) {
        int r = rank();
        int[] sorted = Arrays.stream(axes).map(a -> a < 0 ? a + r : a).sorted().distinct().toArray();
        if (sorted.length == 0) {
            return new Tensor(array.duplicate());
        }
        if (sorted.length == 1) {
            return new Tensor(array.mean(sorted, keepDims));
        }
        // the engine averages over one axis at a time: merge the axes into one where they are adjacent
        boolean adjacent = sorted[sorted.length - 1] - sorted[0] == sorted.length - 1;
        long[] s = shape();
        if (adjacent) {
            int first = sorted[0];
            int last = sorted[sorted.length - 1];
            long[] merged = new long[r - sorted.length + 1];
            long n = 1;
            for (int i = first; i <= last; i++) {
                n *= s[i];
            }
            System.arraycopy(s, 0, merged, 0, first);
            merged[first] = n;
            System.arraycopy(s, last + 1, merged, first + 1, r - last - 1);
            long[] outShape;
            if (keepDims) {
                outShape = s.clone();
                for (int a : sorted) {
                    outShape[a] = 1;
                }
            } else {
                outShape = new long[r - sorted.length];
                System.arraycopy(s, 0, outShape, 0, first);
                System.arraycopy(s, last + 1, outShape, first, r - last - 1);
            }
            try (NDArray m = array.reshape(merged); NDArray avg = m.mean(new int[] {first}, false)) {
                return new Tensor(avg.reshape(outShape));
            }
        }
        NDArray x = array;
        for (int i = sorted.length - 1; i >= 0; i--) {
            NDArray next = x.mean(new int[] {sorted[i]}, keepDims);
            if (x != array) {
                x.close();
            }
            x = next;
        }
        return new Tensor(x);
    }

    /** Concatenation along {@code axis}; the result lives in the first part's scope. */
    public static Tensor concat(List<Tensor> parts, int axis) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to concatenate");
        }
        if (parts.size() == 1) {
            return new Tensor(parts.get(0).array.duplicate());
        }
        NDList list = new NDList(parts.size());
        for (Tensor t : parts) {
            list.add(t.array);
        }
        return new Tensor(NDArrays.concat(list, axis));
    }

    // ---- layer operations (input N, C, spatial...) ---------------------------------------------------

    /**
     * Convolution as torch.nn.functional.conv{1,2,3}d; the number of spatial axes follows the weight
     * (C_out, C_in / groups, k...).
     */
    public Tensor conv(Tensor weight, Tensor bias, long[] stride, long[] padding, long[] dilation, int groups) {
        return outputPadded(weight, Objects.requireNonNull(bias, "bias"), stride, padding, dilation, groups);
    }

    /** Convolution without bias. */
    public Tensor conv(Tensor weight, long[] stride, long[] padding, long[] dilation, int groups) {
        return outputPadded(weight, null, stride, padding, dilation, groups);
    }

    private Tensor outputPadded(Tensor weight, Tensor bias, long[] stride, long[] padding, long[] dilation, int groups) {
        long cout = weight.dim(0);
        if (groups == 1 && cout % 16 != 0 && Autograd.isRecording()) {
            // the backward pass of libtorch 2.7.1's CPU convolution (oneDNN, AVX-512) gives a wrong input gradient,
            // O(1) off or NaN, when the output channels are not a multiple of 16 (ConvGradientTest): its data
            // gradient is a convolution with those channels as input. Zero output channels, cut off again, make
            // them one; the forward values and both gradients stay those of the definition. Not needed when
            // nothing is recorded (inference): the forward is right. Whether this input will get a gradient
            // cannot be told here: requiresGrad() is false for every computed tensor, so inside a network (every
            // layer but the first) it would never pad; a network's first layer is padded too, which costs a little.
            long extra = 16 - cout % 16;
            long[] ws = weight.shape();
            ws[0] = extra;
            Tensor w = concat(List.of(weight, zeros(weight.scope(), ws)), 0);
            Tensor b = bias == null ? null : concat(List.of(bias, zeros(bias.scope(), extra)), 0);
            return inputPadded(w, b == null ? null : b.array, stride, padding, dilation, groups).slice(1, 0, cout);
        }
        return inputPadded(weight, bias == null ? null : bias.array, stride, padding, dilation, groups);
    }

    private Tensor inputPadded(Tensor weight, NDArray b, long[] stride, long[] padding, long[] dilation, int groups) {
        long cin = weight.dim(1);
        if (groups == 1 && cin > 16 && cin % 16 != 0) {
            // libtorch 2.7.1's CPU convolution (oneDNN, AVX-512) is wrong by O(1) when more than 16 input
            // channels are not a multiple of 16 (ConvShapesTest); zero channels make them one, same result
            long extra = 16 - cin % 16;
            long[] xs = shape();
            xs[1] = extra;
            long[] ws = weight.shape();
            ws[1] = extra;
            Tensor x = concat(List.of(this, zeros(scope(), xs)), 1);
            Tensor w = concat(List.of(weight, zeros(weight.scope(), ws)), 1);
            return x.convUnpadded(w, b, stride, padding, dilation, groups);
        }
        return convUnpadded(weight, b, stride, padding, dilation, groups);
    }

    private Tensor convUnpadded(Tensor weight, NDArray b, long[] stride, long[] padding, long[] dilation, int groups) {
        NDList out = array.getNDArrayInternal().convolution(array, weight.array, b, new Shape(stride), new Shape(padding),
                new Shape(dilation), groups);
        return new Tensor(out.singletonOrThrow());
    }

    /**
     * Batch normalisation over axis 1 as torch.nn.functional.batch_norm. In training mode the batch
     * statistics are used and the running statistics are updated in place with {@code momentum} (PyTorch's
     * convention: new = (1 - momentum) * old + momentum * batch); otherwise the running statistics are used.
     */
    public Tensor batchNorm(Tensor runningMean, Tensor runningVar, Tensor weight, Tensor bias, boolean training,
            double momentum, double eps) {
        // DJL's momentum is the weight of the old value
        NDList out = array.getNDArrayInternal().batchNorm(array, runningMean.array, runningVar.array, weight.array,
                bias.array, 1, (float) (1 - momentum), (float) eps, training);
        return new Tensor(out.singletonOrThrow());
    }

    /** Max pooling as torch.nn.functional.max_pool{1,2,3}d (dilation 1). */
    public Tensor maxPool(long[] kernel, long[] stride, long[] padding, boolean ceilMode) {
        return new Tensor(array.getNDArrayInternal().maxPool(new Shape(kernel), new Shape(stride), new Shape(padding), ceilMode));
    }

    /** Average pooling as torch.nn.functional.avg_pool{1,2,3}d. */
    public Tensor avgPool(long[] kernel, long[] stride, long[] padding, boolean ceilMode, boolean countIncludePad) {
        Shape k = new Shape(kernel);
        Shape s = new Shape(stride);
        Shape p = new Shape(padding);
        // the engine binding always counts the padding (it ignores countIncludePad)
        NDArray including = array.getNDArrayInternal().avgPool(k, s, p, ceilMode, true);
        if (countIncludePad || Arrays.stream(padding).allMatch(x -> x == 0)) {
            return new Tensor(including);
        }
        // rescale each window by (window size / voxels in it that are not padding)
        long[] grid = shape();
        grid[0] = 1;
        grid[1] = 1;
        try (NDArray ones = array.getManager().ones(new Shape(grid));
                NDArray fraction = ones.getNDArrayInternal().avgPool(k, s, p, ceilMode, true)) {
            NDArray r = including.div(fraction);
            including.close();
            return new Tensor(r);
        }
    }

    /** Adaptive average pooling to {@code outputSize} over the spatial axes (global when all ones). */
    public Tensor adaptiveAvgPool(long... outputSize) {
        if (outputSize.length != rank() - 2) {
            throw new IllegalArgumentException("output size " + Arrays.toString(outputSize) + " does not fit input " + this);
        }
        if (Arrays.stream(outputSize).allMatch(s -> s == 1)) {
            int[] axes = new int[outputSize.length];
            for (int i = 0; i < axes.length; i++) {
                axes[i] = i + 2;
            }
            return mean(axes, true);
        }
        return new Tensor(JniUtils.adaptiveAvgPool((PtNDArray) array, new Shape(outputSize)));
    }

    /** x W^T + b, as torch.nn.functional.linear. */
    public Tensor linear(Tensor weight, Tensor bias) {
        return linear(weight, Objects.requireNonNull(bias, "bias").array);
    }

    /** x W^T, as torch.nn.functional.linear without bias. */
    public Tensor linear(Tensor weight) {
        return linear(weight, (NDArray) null);
    }

    private Tensor linear(Tensor weight, NDArray b) {
        NDList out = array.getNDArrayInternal().linear(array, weight.array, b);
        return new Tensor(out.singletonOrThrow());
    }

    // ---- more element-wise operations (differentiable, torch semantics) ----------------------------

    /** A float32 scalar (rank 0). */
    public static Tensor scalar(TensorScope scope, float value) {
        return new Tensor(nativeScalar(scope.manager(), value));
    }

    /** The single value of a one-element tensor, as float. */
    public float item() {
        if (array.size() != 1) {
            throw new IllegalArgumentException("item() needs a one-element tensor, got " + this);
        }
        return toFloatArray()[0];
    }

    public Tensor div(Tensor other) {
        return new Tensor(array.div(other.array));
    }

    /**
     * Every {@code steps[i]}-th element along spatial axis {@code 2 + i}, from the first (torch's
     * {@code x[:, :, ::s0, ::s1]}); differentiable.
     */
    public Tensor subsample(long... steps) {
        StringBuilder index = new StringBuilder(":, :");
        for (long step : steps) {
            index.append(", ::").append(step);
        }
        return new Tensor(array.get(new NDIndex(index.toString())));
    }

    public Tensor sub(float value) {
        try (NDArray v = scalarOperand(value)) {
            return new Tensor(array.sub(v));
        }
    }

    /** value - this. */
    public Tensor rsub(float value) {
        try (NDArray negated = array.neg(); NDArray v = scalarOperand(value)) {
            return new Tensor(negated.add(v));
        }
    }

    public Tensor neg() {
        return new Tensor(array.neg());
    }

    public Tensor exp() {
        return new Tensor(JniUtils.exp((PtNDArray) array));
    }

    public Tensor log() {
        return new Tensor(JniUtils.log((PtNDArray) array));
    }

    /** Square root; its gradient at 0 is infinite, as torch's (see {@link #pairwiseDistances()} for a safe distance). */
    public Tensor sqrt() {
        return new Tensor(JniUtils.sqrt((PtNDArray) array));
    }

    public Tensor abs() {
        return new Tensor(JniUtils.abs((PtNDArray) array));
    }

    public Tensor square() {
        return new Tensor(JniUtils.square((PtNDArray) array));
    }

    public Tensor pow(float exponent) {
        try (NDArray v = scalarOperand(exponent)) {
            return new Tensor(array.pow(v));
        }
    }

    public Tensor pow(Tensor exponent) {
        return new Tensor(array.pow(exponent.array));
    }

    public Tensor sigmoid() {
        return new Tensor(JniUtils.sigmoid((PtNDArray) array));
    }

    /** log(1 + exp(x)), computed stably (torch.nn.functional.softplus). */
    public Tensor softplus() {
        return new Tensor(JniUtils.softPlus((PtNDArray) array));
    }

    /** Clamps into [min, max] (use infinities for one-sided); the gradient is zero outside, as torch.clamp. */
    public Tensor clamp(float min, float max) {
        return new Tensor(JniUtils.clip((PtNDArray) array, min, max));
    }

    /** Element-wise maximum of two tensors (torch.maximum). */
    public Tensor maximum(Tensor other) {
        return new Tensor(JniUtils.max((PtNDArray) array, (PtNDArray) other.array));
    }

    /** Element-wise minimum of two tensors (torch.minimum). */
    public Tensor minimum(Tensor other) {
        return new Tensor(JniUtils.min((PtNDArray) array, (PtNDArray) other.array));
    }

    /** softmax over {@code axis} (negative counts from the end). */
    public Tensor softmax(int axis) {
        return new Tensor(JniUtils.softmax((PtNDArray) array, axis(axis), DataType.FLOAT32));
    }

    /** log(softmax) over {@code axis}, computed stably. */
    public Tensor logSoftmax(int axis) {
        return new Tensor(JniUtils.logSoftmax((PtNDArray) array, axis(axis), DataType.FLOAT32));
    }

    private int axis(int a) {
        int r = rank();
        int x = a < 0 ? a + r : a;
        if (x < 0 || x >= Math.max(r, 1)) {
            throw new IllegalArgumentException("axis " + a + " does not exist in " + this);
        }
        return x;
    }

    // ---- reductions -----------------------------------------------------------------------------------

    /** Sum of all elements (a scalar). */
    public Tensor sum() {
        return new Tensor(JniUtils.sum((PtNDArray) array));
    }

    /** Sum over {@code axes}, keeping them as length-1 axes when {@code keepDims}. */
    public Tensor sum(int[] axes, boolean keepDims) {
        long[] a = Arrays.stream(axes).mapToLong(this::axis).sorted().distinct().toArray();
        return new Tensor(JniUtils.sum((PtNDArray) array, a, keepDims));
    }

    /** Mean of all elements (a scalar). */
    public Tensor mean() {
        return new Tensor(JniUtils.mean((PtNDArray) array));
    }

    /** Largest element (a scalar). */
    public Tensor max() {
        return new Tensor(JniUtils.max((PtNDArray) array));
    }

    /** Largest values along {@code axis} (torch.max(x, dim).values); the gradient goes to the chosen element. */
    public Tensor max(int axis, boolean keepDims) {
        return new Tensor(JniUtils.max((PtNDArray) array, axis(axis), keepDims));
    }

    /** Smallest element (a scalar). */
    public Tensor min() {
        return new Tensor(JniUtils.min((PtNDArray) array));
    }

    /** Smallest values along {@code axis} (torch.min(x, dim).values). */
    public Tensor min(int axis, boolean keepDims) {
        return new Tensor(JniUtils.min((PtNDArray) array, axis(axis), keepDims));
    }

    /** Index (int64) of the largest value along {@code axis}; the first one on ties, as torch. */
    public Tensor argmax(int axis, boolean keepDims) {
        return new Tensor(JniUtils.argMax((PtNDArray) array, axis(axis), keepDims));
    }

    // ---- shape, selection ---------------------------------------------------------------------------

    /** Matrix product with torch.matmul's broadcasting rules. */
    public Tensor matmul(Tensor other) {
        return new Tensor(JniUtils.matmul((PtNDArray) array, (PtNDArray) other.array));
    }

    public Tensor permute(int... axes) {
        return new Tensor(JniUtils.permute((PtNDArray) array, Arrays.stream(axes).mapToLong(this::axis).toArray()));
    }

    public Tensor transpose(int axis0, int axis1) {
        return new Tensor(JniUtils.transpose((PtNDArray) array, axis(axis0), axis(axis1)));
    }

    /** Removes the length-1 axis {@code axis}. */
    public Tensor squeeze(int axis) {
        return new Tensor(JniUtils.squeeze((PtNDArray) array, axis(axis)));
    }

    /** Reverses the order along {@code axes}. */
    public Tensor flip(int... axes) {
        return new Tensor(JniUtils.flip((PtNDArray) array, Arrays.stream(axes).mapToLong(this::axis).toArray()));
    }

    /** Stacks equally shaped tensors along a new axis {@code axis}; the result lives in the first one's scope. */
    public static Tensor stack(List<Tensor> parts, int axis) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to stack");
        }
        PtNDArray[] arrays = parts.stream().map(t -> (PtNDArray) t.array).toArray(PtNDArray[]::new);
        return new Tensor(JniUtils.stack(arrays, axis));
    }

    /** Elements {@code start} (inclusive) to {@code end} (exclusive) along {@code axis}, as x.narrow / x[..., start:end]. */
    public Tensor slice(int axis, long start, long end) {
        int a = axis(axis);
        long[] s = shape();
        if (start < 0 || end > s[a] || start > end) {
            throw new IllegalArgumentException("slice " + start + ":" + end + " does not fit axis " + a + " of " + this);
        }
        long[] min = new long[s.length];
        long[] max = s.clone();
        long[] step = new long[s.length];
        Arrays.fill(step, 1);
        min[a] = start;
        max[a] = end;
        return new Tensor(JniUtils.index((PtNDArray) array, min, max, step, (PtNDManager) array.getManager()));
    }

    /** The entries at {@code indices} (int64, one axis) along {@code axis}, as torch.index_select. */
    public Tensor indexSelect(int axis, Tensor indices) {
        if (indices.rank() != 1) {
            throw new IllegalArgumentException("index_select needs a one-axis index tensor, got " + indices);
        }
        // ":, :, {}" takes whole entries along the axes before: torch's x[:, :, idx] is index_select
        NDIndex index = new NDIndex(":, ".repeat(axis(axis)) + "{}", indices.array);
        return new Tensor(JniUtils.indexAdv((PtNDArray) array, index, (PtNDManager) array.getManager()));
    }

    /** torch.gather: out[i][j] = x[i][index[i][j]] along {@code axis} (index int64, same rank). */
    public Tensor gather(int axis, Tensor index) {
        return new Tensor(JniUtils.gather((PtNDArray) array, (PtNDArray) index.array, axis(axis)));
    }

    /** Where {@code condition} (bool) holds, {@code x}, else {@code y} (broadcast), as torch.where. */
    public static Tensor where(Tensor condition, Tensor x, Tensor y) {
        return new Tensor(JniUtils.where((PtNDArray) condition.array, (PtNDArray) x.array, (PtNDArray) y.array));
    }

    // ---- comparisons (bool results, not differentiable) ----------------------------------------------

    public Tensor gt(Tensor other) {
        return new Tensor(array.gt(other.array));
    }

    public Tensor gt(float value) {
        return new Tensor(array.gt(value));
    }

    public Tensor ge(Tensor other) {
        return new Tensor(array.gte(other.array));
    }

    public Tensor lt(Tensor other) {
        return new Tensor(array.lt(other.array));
    }

    public Tensor lt(float value) {
        return new Tensor(array.lt(value));
    }

    public Tensor le(Tensor other) {
        return new Tensor(array.lte(other.array));
    }

    public Tensor eq(Tensor other) {
        return new Tensor(array.eq(other.array));
    }

    public Tensor eq(float value) {
        return new Tensor(array.eq(value));
    }

    public Tensor ne(Tensor other) {
        return new Tensor(array.neq(other.array));
    }

    public Tensor logicalAnd(Tensor other) {
        return new Tensor(array.logicalAnd(other.array));
    }

    public Tensor logicalNot() {
        return new Tensor(array.logicalNot());
    }

    /** 1 where the bool tensor is true, else 0, as float32. */
    public Tensor toFloatMask() {
        return toFloat32();
    }

    // ---- network operations -------------------------------------------------------------------------

    /**
     * Resizes the spatial axes to {@code size} as torch.nn.functional.interpolate: mode "nearest",
     * "bilinear" (4-D) or "trilinear" (5-D); {@code alignCorners} only for the linear modes.
     */
    public Tensor interpolate(long[] size, String mode, boolean alignCorners) {
        int code = switch (mode) {
            case "nearest" -> 0;
            case "bilinear" -> 2;
            case "trilinear" -> 4;
            default -> throw new IllegalArgumentException("interpolation mode " + mode + " is not one of nearest, bilinear, trilinear");
        };
        if (size.length != rank() - 2) {
            throw new IllegalArgumentException("size " + Arrays.toString(size) + " does not fit input " + this);
        }
        if (code == 2 && alignCorners) {
            // the engine binding's bilinear resize with align_corners differs from torch's: two matrix products instead
            long[] s = shape();
            long nc = s[0] * s[1];
            List<Tensor> temps = new ArrayList<>();
            try {
                Tensor rowsT = keep(temps, new Tensor(interpolationMatrix(s[2], size[0]))).transpose(0, 1);
                Tensor colsT = keep(temps, new Tensor(interpolationMatrix(s[3], size[1]))).transpose(0, 1);
                keep(temps, rowsT);
                keep(temps, colsT);
                // along the columns: (N C H, W) x (W, W_out)
                Tensor t = keep(temps, reshape(nc * s[2], s[3])).matmul(colsT);
                t = keep(temps, keep(temps, keep(temps, t).reshape(nc, s[2], size[1])).transpose(1, 2));
                // along the rows: (N C W_out, H) x (H, H_out)
                t = keep(temps, keep(temps, t.reshape(nc * size[1], s[2])).matmul(rowsT));
                t = keep(temps, keep(temps, t.reshape(nc, size[1], size[0])).transpose(1, 2));
                return t.reshape(s[0], s[1], size[0], size[1]);
            } finally {
                temps.forEach(Tensor::close);
            }
        }
        return new Tensor(JniUtils.interpolate((PtNDArray) array, size, code, code != 0 && alignCorners));
    }

    /** The (out, in) linear-interpolation weights with align_corners: output i samples input i * (in - 1) / (out - 1). */
    private NDArray interpolationMatrix(long in, long out) {
        float[] m = new float[Math.toIntExact(in * out)];
        double scale = out > 1 ? (double) (in - 1) / (out - 1) : 0;
        for (int i = 0; i < out; i++) {
            double src = i * scale;
            int i0 = (int) Math.floor(src);
            int i1 = (int) Math.min(i0 + 1, in - 1);
            float l = (float) (src - i0);
            m[(int) (i * in + i0)] += 1 - l;
            m[(int) (i * in + i1)] += l;
        }
        return owned(array.getManager().create(m, new Shape(out, in)));
    }

    /**
     * Dropout as torch.nn.functional.dropout: with {@code training}, each element is zeroed with probability
     * {@code p} (drawn from the engine's generator, see {@link DeepLearningEngine#setSeed(long)}) and the rest
     * scaled by 1 / (1 - p); otherwise the input unchanged.
     */
    public Tensor dropout(float p, boolean training) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("dropout probability must be in [0, 1], got " + p);
        }
        return new Tensor(JniUtils.dropout((PtNDArray) array, p, training));
    }

    /** x / max(||x||_2, eps) along {@code axis}, as torch.nn.functional.normalize (eps 1e-12 there). */
    public Tensor l2Normalize(int axis, float eps) {
        return new Tensor(JniUtils.normalize((PtNDArray) array, 2, axis(axis), eps));
    }

    /**
     * Euclidean distances between the rows of this (N, D) tensor, as an (N, N) tensor (torch.cdist(x, x)).
     * The distance is computed from the differences (no cancellation), and its gradient at a zero distance
     * is 0, as torch.cdist's, instead of the infinite gradient of sqrt at 0.
     */
    public Tensor pairwiseDistances() {
        if (rank() != 2) {
            throw new IllegalArgumentException("pairwise distances need an (N, D) tensor, got " + this);
        }
        try (NDArray a = array.expandDims(1); NDArray b = array.expandDims(0); NDArray diff = a.sub(b);
                NDArray sq = JniUtils.square((PtNDArray) diff); NDArray d2 = JniUtils.sum((PtNDArray) sq, new long[] {2}, false);
                NDArray positive = d2.gt(0f); NDArray one = d2.onesLike();
                NDArray safe = JniUtils.where((PtNDArray) positive, (PtNDArray) d2, (PtNDArray) one);
                NDArray root = JniUtils.sqrt((PtNDArray) safe); NDArray zero = d2.zerosLike()) {
            return new Tensor(JniUtils.where((PtNDArray) positive, (PtNDArray) root, (PtNDArray) zero));
        }
    }

    /**
     * Transposed convolution as torch.nn.functional.conv_transpose{1,2,3}d, weight (C_in, C_out / groups,
     * k...). Computed as a convolution of the input spread by the stride (zeros between the elements), padded
     * by dilation * (k - 1) - padding (+ outputPadding at the end), with the weight flipped and its channel axes
     * swapped; every step is differentiable.
     */
    public Tensor convTranspose(Tensor weight, Tensor bias, long[] stride, long[] padding, long[] outputPadding, long[] dilation,
            int groups) {
        int d = weight.rank() - 2;
        if (rank() != d + 2 || stride.length != d || padding.length != d || outputPadding.length != d || dilation.length != d) {
            throw new IllegalArgumentException("transposed convolution: input " + this + ", weight " + weight + " and settings of "
                    + d + " spatial axes do not fit");
        }
        long cIn = weight.dim(0);
        long cOutPerGroup = weight.dim(1);
        long[] k = Arrays.copyOfRange(weight.shape(), 2, d + 2);
        // intermediate handles are closed at the end: the recorded graph keeps what backward needs
        List<Tensor> temps = new ArrayList<>();
        try {
            // spread by the stride: (N, C, X...) -> (N, C, (X - 1) * s + 1 ...)
            Tensor x = this;
            for (int i = 0; i < d; i++) {
                int axis = 2 + i;
                long s = stride[i];
                if (s > 1) {
                    long n = x.dim(axis);
                    Tensor e = keep(temps, x.expandDims(axis + 1));
                    long[] zs = e.shape();
                    zs[axis + 1] = s - 1;
                    Tensor z = keep(temps, new Tensor(array.getManager().zeros(new Shape(zs), array.getDataType())));
                    Tensor joined = keep(temps, concat(List.of(e, z), axis + 1));
                    long[] merged = x.shape();
                    merged[axis] = n * s;
                    x = keep(temps, keep(temps, joined.reshape(merged)).slice(axis, 0, (n - 1) * s + 1));
                }
            }
            // pad by dilation * (k - 1) - padding (negative values crop), last axis first as constant_pad_nd wants
            long[] pads = new long[2 * d];
            for (int i = 0; i < d; i++) {
                long p = dilation[i] * (k[i] - 1) - padding[i];
                int at = 2 * (d - 1 - i);
                pads[at] = p;
                pads[at + 1] = p + outputPadding[i];
            }
            Tensor padded = keep(temps, new Tensor(JniUtils.pad((PtNDArray) x.array, pads, 0)));
            // weight (C_in, C_out/g, k) -> (C_out, C_in/g, k), flipped in space
            long[] grouped = new long[d + 3];
            grouped[0] = groups;
            grouped[1] = cIn / groups;
            grouped[2] = cOutPerGroup;
            System.arraycopy(k, 0, grouped, 3, d);
            long[] convShape = new long[d + 2];
            convShape[0] = cOutPerGroup * groups;
            convShape[1] = cIn / groups;
            System.arraycopy(k, 0, convShape, 2, d);
            int[] spatial = new int[d];
            for (int i = 0; i < d; i++) {
                spatial[i] = 2 + i;
            }
            Tensor w = keep(temps, weight.reshape(grouped));
            w = keep(temps, w.transpose(1, 2));
            w = keep(temps, w.reshape(convShape));
            w = keep(temps, w.flip(spatial));
            long[] ones = new long[d];
            Arrays.fill(ones, 1);
            long[] none = new long[d];
            Tensor out = bias == null ? padded.conv(w, ones, none, dilation, groups) : padded.conv(w, bias, ones, none, dilation, groups);
            out.array.attach(array.getManager());
            return out;
        } finally {
            temps.forEach(Tensor::close);
        }
    }

    private static Tensor keep(List<Tensor> temps, Tensor t) {
        temps.add(t);
        return t;
    }

    @Override
    public String toString() {
        return "Tensor[" + (isOpen() ? dataType() + ", " + Arrays.toString(shape()) : "freed") + "]";
    }
}

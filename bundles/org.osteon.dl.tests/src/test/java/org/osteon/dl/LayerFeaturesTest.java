package org.osteon.dl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osteon.core.InvalidInputException;
import org.osteon.dl.nn.BatchNorm;
import org.osteon.dl.nn.Conv;
import org.osteon.dl.nn.Initialization;
import org.osteon.dl.nn.MaxPool;
import org.osteon.dl.nn.Module;
import org.osteon.dl.nn.Network;
import org.osteon.dl.nn.ReLU;
import org.osteon.dl.nn.Sequential;
import org.osteon.testing.dl.TensorScopeExtension;

class LayerFeaturesTest {

    @RegisterExtension
    final TensorScopeExtension scopes = new TensorScopeExtension();

    /** conv1 (3 -> 4), bn, relu, pool, conv2 (4 -> 5), conv3 (5 -> 6): three convolutions. */
    private Network network() {
        Sequential root = new Sequential()
                .add("conv1", Conv.builder().setChannels(3, 4).setKernel(3, 3).optPadding(1).build(scopes.scope()))
                .add("bn", new BatchNorm(scopes.scope(), 4)).add("relu", new ReLU())
                .add("pool", new MaxPool(new long[] {2, 2}, null, null))
                .add("conv2", Conv.builder().setChannels(4, 5).setKernel(3, 3).build(scopes.scope()))
                .add("conv3", Conv.builder().setChannels(5, 6).setKernel(1, 1).build(scopes.scope()));
        Initialization.torchvision(root, 9);
        Initialization.randomBatchNorm(root, 9);
        return new Network("three", root);
    }

    @Test
    void vectorsAreTheSpatialMeansOfTheSelectedConvolutions() {
        Network net = network();
        net.train();
        float[] in = new float[3 * 10 * 12];
        for (int i = 0; i < in.length; i++) {
            in[i] = (float) Math.sin(i * 0.37);
        }
        Tensor x = Tensor.fromFloatArray(scopes.scope(), in, 1, 3, 10, 12);
        List<LayerVector> v = LayerFeatures.capture(net, x, List.of("last", "third-last", "-2", "conv2", "first"));
        assertEquals(List.of("conv3", "conv1", "conv2", "conv2", "conv1"), v.stream().map(LayerVector::moduleName).toList());
        assertEquals("third-last", v.get(1).selector());
        assertEquals(6, v.get(0).channels());
        assertArrayEquals(v.get(2).vector(), v.get(3).vector());
        assertTrue(net.root().isTraining(), "the mode is restored");

        // the same numbers computed step by step, in evaluation mode
        net.eval();
        Module root = net.root();
        Tensor c1 = root.find("conv1").orElseThrow().forward(x);
        Tensor p = root.find("pool").orElseThrow().forward(root.find("relu").orElseThrow().forward(root.find("bn").orElseThrow().forward(c1)));
        Tensor c2 = root.find("conv2").orElseThrow().forward(p);
        Tensor c3 = root.find("conv3").orElseThrow().forward(c2);
        assertArrayEquals(mean(c1), v.get(1).vector(), 1e-5f);
        assertArrayEquals(mean(c2), v.get(2).vector(), 1e-5f);
        assertArrayEquals(mean(c3), v.get(0).vector(), 1e-5f);
    }

    private static float[] mean(Tensor t) {
        long[] s = t.shape();
        int c = (int) s[1];
        int plane = (int) (t.size() / c);
        float[] a = t.toFloatArray();
        float[] m = new float[c];
        for (int i = 0; i < c; i++) {
            double sum = 0;
            for (int j = 0; j < plane; j++) {
                sum += a[i * plane + j];
            }
            m[i] = (float) (sum / plane);
        }
        return m;
    }

    @Test
    void unknownSelectorsListWhatExists() {
        Network net = network();
        Tensor x = Tensor.ones(scopes.scope(), 1, 3, 8, 8);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LayerFeatures.capture(net, x, List.of("fifth-last")));
        assertTrue(e.getMessage().contains("the network has 3 convolutions"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> LayerFeatures.capture(net, x, List.of("conv9")));
        assertTrue(e.getMessage().contains("conv1 or conv3"), e.getMessage());
        assertEquals("conv2", LayerFeatures.resolve(net.root(), "second-last").name());
        assertEquals("conv3", LayerFeatures.resolve(net.root(), "2").name());
    }
}

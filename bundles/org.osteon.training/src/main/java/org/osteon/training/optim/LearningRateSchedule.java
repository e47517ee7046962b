package org.osteon.training.optim;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osteon.core.InvalidInputException;

/**
 * A learning-rate schedule stepped once per epoch, as torch.optim.lr_scheduler: the optimizer starts at the
 * base rate (epoch 0); {@link #step(double)} after each epoch sets the rate for the next one. The state
 * (epoch count and what a schedule tracks) is exported as named numbers for checkpoints.
 */
public abstract class LearningRateSchedule {

    private final Optimizer optimizer;
    private final double baseRate;
    private long epoch;

    protected LearningRateSchedule(Optimizer optimizer) {
        this.optimizer = optimizer;
        this.baseRate = optimizer.learningRate();
    }

    /** Ends an epoch whose validation metric was {@code metric} (only {@link #reduceOnPlateau} reads it). */
    public final void step(double metric) {
        epoch++;
        optimizer.setLearningRate(next(epoch, metric, optimizer.learningRate()));
    }

    /** The rate for epoch {@code epoch} (counted from 0), given the current one. */
    protected abstract double next(long epoch, double metric, double current);

    public final long epoch() {
        return epoch;
    }

    public final double baseRate() {
        return baseRate;
    }

    public final Optimizer optimizer() {
        return optimizer;
    }

    /** The state as named numbers ("epoch" and the schedule's own). */
    public Map<String, Double> state() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("epoch", (double) epoch);
        return m;
    }

    /** Restores {@link #state()}; the optimizer's rate is restored with the optimizer's checkpoint, not here. */
    public void loadState(Map<String, Double> state) {
        Double e = state.get("epoch");
        if (e == null || e < 0) {
            throw new InvalidInputException("learning-rate schedule state needs epoch >= 0, got " + state);
        }
        epoch = e.longValue();
    }

    /** The base rate throughout. */
    public static LearningRateSchedule constant(Optimizer optimizer) {
        return new LearningRateSchedule(optimizer) {
            @Override
            protected double next(long epoch, double metric, double current) {
                return baseRate();
            }
        };
    }

    /** torch StepLR: base * gamma^(epoch / stepSize) (integer division). */
    public static LearningRateSchedule step(Optimizer optimizer, int stepSize, double gamma) {
        if (stepSize <= 0 || !(gamma > 0)) {
            throw new InvalidInputException("step schedule needs a step size > 0 and gamma > 0, got " + stepSize + ", " + gamma);
        }
        return new LearningRateSchedule(optimizer) {
            @Override
            protected double next(long epoch, double metric, double current) {
                return baseRate() * Math.pow(gamma, epoch / stepSize);
            }
        };
    }

    /** torch CosineAnnealingLR (closed form): min + (base - min) * (1 + cos(pi * epoch / tMax)) / 2. */
    public static LearningRateSchedule cosine(Optimizer optimizer, int tMax, double minRate) {
        if (tMax <= 0 || !(minRate >= 0)) {
            throw new InvalidInputException("cosine schedule needs T_max > 0 and a minimum rate >= 0, got " + tMax + ", " + minRate);
        }
        return new LearningRateSchedule(optimizer) {
            @Override
            protected double next(long epoch, double metric, double current) {
                return minRate + (baseRate() - minRate) * (1 + Math.cos(Math.PI * epoch / tMax)) / 2;
            }
        };
    }

    /**
     * torch ReduceLROnPlateau with threshold mode "rel": when the metric has not improved on the best by more
     * than {@code threshold} (relative) for more than {@code patience} epochs, the rate is multiplied by
     * {@code factor} (not below {@code minRate}; changes under 1e-8 are skipped), then {@code cooldown}
     * epochs pass before counting again. {@code minimize}: lower is better (a loss); else higher (AUROC).
     */
    public static LearningRateSchedule reduceOnPlateau(Optimizer optimizer, boolean minimize, double factor, int patience, double threshold,
            int cooldown, double minRate) {
        if (!(factor > 0 && factor < 1) || patience < 0 || !(threshold >= 0) || cooldown < 0 || !(minRate >= 0)) {
            throw new InvalidInputException("reduce-on-plateau needs factor in (0, 1), patience >= 0, threshold >= 0, cooldown >= 0 and a minimum rate >= 0");
        }
        return new Plateau(optimizer, minimize, factor, patience, threshold, cooldown, minRate);
    }

    private static final class Plateau extends LearningRateSchedule {
        private final boolean minimize;
        private final double factor;
        private final int patience;
        private final double threshold;
        private final int cooldown;
        private final double minRate;
        private double best;
        private int badEpochs;
        private int cooldownLeft;

        Plateau(Optimizer optimizer, boolean minimize, double factor, int patience, double threshold, int cooldown, double minRate) {
            super(optimizer);
            this.minimize = minimize;
            this.factor = factor;
            this.patience = patience;
            this.threshold = threshold;
            this.cooldown = cooldown;
            this.minRate = minRate;
            this.best = minimize ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }

        @Override
        protected double next(long epoch, double metric, double current) {
            boolean better = minimize ? metric < best * (1 - threshold) : metric > best * (1 + threshold);
            if (better) {
                best = metric;
                badEpochs = 0;
            } else {
                badEpochs++;
            }
            if (cooldownLeft > 0) {
                cooldownLeft--;
                badEpochs = 0;
            }
            if (badEpochs > patience) {
                double reduced = Math.max(current * factor, minRate);
                badEpochs = 0;
                cooldownLeft = cooldown;
                if (current - reduced > 1e-8) {
                    return reduced;
                }
            }
            return current;
        }

        @Override
        public Map<String, Double> state() {
            Map<String, Double> m = super.state();
            m.put("best", best);
            m.put("num_bad_epochs", (double) badEpochs);
            m.put("cooldown_counter", (double) cooldownLeft);
            return m;
        }

        @Override
        public void loadState(Map<String, Double> state) {
            super.loadState(state);
            if (!state.containsKey("best") || !state.containsKey("num_bad_epochs") || !state.containsKey("cooldown_counter")) {
                throw new InvalidInputException("reduce-on-plateau state needs best, num_bad_epochs and cooldown_counter, got " + state.keySet());
            }
            best = state.get("best");
            badEpochs = state.get("num_bad_epochs").intValue();
            cooldownLeft = state.get("cooldown_counter").intValue();
        }
    }
}

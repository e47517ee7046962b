package org.osteon.core.internal.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.osteon.core.internal.registry.ContributionReader.BadContribution;
import org.osteon.core.registry.LossDescriptor;
import org.osteon.core.registry.ParameterizedDescriptor;
import org.osteon.core.registry.TransformDescriptor;
import org.osteon.core.step.ParameterSpec;

/**
 * A contribution whose only children are {@code <parameter>} elements, validated when read: a
 * {@code <loss>} or a {@code <transform>}. The contract type ({@code org.osteon.training.Loss},
 * {@code org.osteon.preprocess.Transform}) lives in the bundle declaring the point, so consumers name it
 * when they create one.
 */
abstract class ParameterizedContribution extends AbstractDescriptor implements ParameterizedDescriptor {

    private final List<ParameterSpec> parameters;

    ParameterizedContribution(IConfigurationElement e) throws BadContribution {
        super(e);
        String owner = e.getName() + " " + id();
        List<ParameterSpec> params = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (IConfigurationElement c : e.getChildren()) {
            if (!c.getName().equals("parameter")) {
                throw new BadContribution(owner + " has an unknown child <" + c.getName() + ">, expected <parameter>");
            }
            ParameterSpec p = ParameterReader.read(c, owner);
            if (!names.add(p.name())) {
                throw new BadContribution(owner + " declares parameter '" + p.name() + "' twice");
            }
            params.add(p);
        }
        parameters = List.copyOf(params);
    }

    @Override
    public List<ParameterSpec> parameters() {
        return parameters;
    }

    @Override
    public <T> T create(Class<T> type) {
        return super.create(type);
    }

    /** A {@code <loss>} on {@code org.osteon.training.losses}. */
    static final class Loss extends ParameterizedContribution implements LossDescriptor {
        Loss(IConfigurationElement e) throws BadContribution {
            super(e);
        }
    }

    /** A {@code <transform>} on {@code org.osteon.preprocess.transforms}. */
    static final class Transform extends ParameterizedContribution implements TransformDescriptor {
        Transform(IConfigurationElement e) throws BadContribution {
            super(e);
        }
    }
}

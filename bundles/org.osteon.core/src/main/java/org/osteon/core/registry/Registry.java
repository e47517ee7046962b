package org.osteon.core.registry;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osteon.core.InvalidInputException;

/**
 * The valid contributions to one extension point, sorted by id. Bad contributions were logged with the
 * contributing bundle's name and left out when the registry was read.
 */
public interface Registry<D extends Descriptor> {

    /** A registry over a fixed list (kept in the order given). */
    static <D extends Descriptor> Registry<D> of(String kind, List<? extends D> all) {
        record Fixed<D extends Descriptor>(String kind, List<D> all) implements Registry<D> {
        }
        return new Fixed<>(kind, List.copyOf(all));
    }

    /** What this registry holds, for messages ("step", "reader", ...). */
    String kind();

    List<D> all();

    default Optional<D> find(String id) {
        return all().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The contribution with this id, or an InvalidInputException listing the installed ids. */
    default D get(String id) {
        return find(id).orElseThrow(() -> new InvalidInputException("unknown " + kind() + " id '" + id
                + "'; installed: " + all().stream().map(Descriptor::id).collect(Collectors.joining(", "))));
    }
}

package org.sentrakreasi.catalog.testing;

import java.lang.reflect.Field;

/** Gives an entity the id the database would, so in-memory repositories can hand out stored entities. */
final class Ids {

    private Ids() {
    }

    static void assign(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.threadlab.importer;

import dev.threadlab.engine.model.ObjectType;

/** A shared object being imported: named by the first name it is bound to. */
final class ObjectSpec {

    final ObjectType type;
    final Long value;
    final ObjectSpec lock;
    final Integer maxsize;
    String name;

    ObjectSpec(ObjectType type, Long value, ObjectSpec lock, Integer maxsize) {
        this.type = type;
        this.value = value;
        this.lock = lock;
        this.maxsize = maxsize;
    }
}

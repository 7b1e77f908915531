package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.BlockType;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateSource;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.MentionOrigin;
import org.parallax.model.NlpStatus;
import org.parallax.model.NoteTarget;

/** Every enum the store reads: known names read as themselves, a newer version's name as the type's fallback. */
class StoredEnumTest {
    @Test
    void knownNamesReadAsThemselvesAndUnknownOnesAsTheFallback() {
        for (Class<? extends Enum<?>> type : List.of(BlockType.class, DatePrecision.class, DateSource.class, EntityType.class,
                EventKind.class, MentionOrigin.class, NlpStatus.class, NoteTarget.class)) {
            check(type);
        }
        assertEquals(BlockType.PARAGRAPH, StoredEnum.read(BlockType.class, "SIDEBAR"));
        assertEquals(EntityType.MISC, StoredEnum.read(EntityType.class, "WEAPON"));
        assertNull(StoredEnum.read(BlockType.class, null));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void check(Class type) {
        for (Object c : type.getEnumConstants()) assertEquals(c, StoredEnum.read(type, ((Enum<?>) c).name()));
        assertEquals(StoredEnum.fallback(type), StoredEnum.read(type, "FROM_A_NEWER_VERSION"), type.getName());
        // read twice: logged once, read the same
        assertEquals(StoredEnum.fallback(type), StoredEnum.read(type, "FROM_A_NEWER_VERSION"), type.getName());
    }
}

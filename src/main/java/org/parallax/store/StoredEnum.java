package org.parallax.store;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import org.parallax.model.BlockType;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateSource;
import org.parallax.model.EntityType;
import org.parallax.model.EventKind;
import org.parallax.model.MentionOrigin;
import org.parallax.model.NlpStatus;
import org.parallax.model.NoteTarget;
import org.parallax.model.RecognitionLanguage;

/**
 * Reads an enum stored as its name, tolerating names this version does not know (written by a newer version, which
 * may add a block type or an entity type without a schema change): an unknown name reads as the type's fallback and is
 * logged once per type and name, so that listing and showing never fail on it. The stored value is left as it is.
 * Every enum column the store reads goes through {@link #read}; the fallbacks are in {@link #fallback}.
 */
final class StoredEnum {
    private static final Logger LOG = Logger.getLogger(StoredEnum.class.getName());
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private StoredEnum() {
    }

    /** The constant named {@code stored}; the type's fallback when the name is unknown; null when stored is null. */
    static <E extends Enum<E>> E read(Class<E> type, String stored) {
        if (stored == null) return null;
        try {
            return Enum.valueOf(type, stored);
        } catch (IllegalArgumentException unknown) {
            E fallback = fallback(type);
            if (REPORTED.add(type.getName() + '.' + stored)) {
                LOG.warning("The library holds " + type.getSimpleName() + " \"" + stored
                        + "\", which this version does not know (written by a newer version?): read as " + fallback);
            }
            return fallback;
        }
    }

    /**
     * What an unknown name reads as: the type's most neutral value. A manual mention stays the user's (the recogniser
     * never replaces it); an unknown recognition status counts as failed rather than done or queued.
     */
    static <E extends Enum<E>> E fallback(Class<E> type) {
        Enum<?> f;
        if (type == BlockType.class) f = BlockType.PARAGRAPH;
        else if (type == EntityType.class) f = EntityType.MISC;
        else if (type == DateSource.class) f = DateSource.NONE;
        else if (type == DatePrecision.class) f = DatePrecision.DAY;
        else if (type == EventKind.class) f = EventKind.STATEMENT;
        else if (type == MentionOrigin.class) f = MentionOrigin.MANUAL;
        else if (type == NlpStatus.class) f = NlpStatus.FAILED;
        else if (type == NoteTarget.class) f = NoteTarget.ARTICLE;
        else if (type == RecognitionLanguage.class) f = RecognitionLanguage.FROM_TEXT;
        else throw new IllegalArgumentException("No fallback for " + type.getName());
        return type.cast(f);
    }
}

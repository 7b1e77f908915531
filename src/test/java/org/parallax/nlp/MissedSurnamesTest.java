package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.BlockType;
import org.parallax.model.EntityType;
import org.parallax.model.Mention;
import org.parallax.model.MentionOrigin;

/** A lone surname the tagger missed after the person was named in full, and the words it leaves alone. */
class MissedSurnamesTest {

    private static Mention at(String text, String name, int from, EntityType type, long entity) {
        int i = text.indexOf(name, from);
        return new Mention(0, 1, i, i + name.length(), name, type, null, entity, BlockType.PARAGRAPH, MentionOrigin.AUTO, false);
    }

    private static List<String> added(String text, List<Mention> tagged, Map<Long, String> names) {
        List<String> out = new ArrayList<>();
        for (Mention m : MissedSurnames.added(text, tagged, names)) {
            if (!tagged.contains(m)) out.add(m.entityId() + " " + m.text() + "@" + m.start());
        }
        return out;
    }

    @Test
    void aLoneSurnameAfterTheFullNameIsThatPerson() {
        String t = "Norway's minister, Sigrid Nes, visits Reykjavik. Nes and Leblanc meet in Tromso. Then Nes flies home.";
        List<Mention> tagged = List.of(at(t, "Sigrid Nes", 0, EntityType.PERSON, 7), at(t, "Leblanc", 0, EntityType.PERSON, 8));
        assertEquals(List.of("7 Nes@" + t.indexOf("Nes and"), "7 Nes@" + t.lastIndexOf("Nes")),
                added(t, tagged, Map.of(7L, "Sigrid Nes", 8L, "Marc Leblanc")));
    }

    @Test
    void aSurnameBeforeTheFullNameOrSharedOrInALongerNameStaysAlone() {
        String t = "Mori spoke first. Haruka Mori toured the plant. Kenji Mori said so. Then the Mori plant and Mori Hall opened.";
        List<Mention> tagged = List.of(at(t, "Haruka Mori", 0, EntityType.PERSON, 3), at(t, "Kenji Mori", 0, EntityType.PERSON, 4));
        assertEquals(List.of(), added(t, tagged, Map.of(3L, "Haruka Mori", 4L, "Kenji Mori")));
        String u = "Haruka Mori toured the plant. The Mori plant opened, and Mori Hall too. Reno cheered.";
        assertEquals(List.of(), added(u, List.of(at(u, "Haruka Mori", 0, EntityType.PERSON, 3)), Map.of(3L, "Haruka Mori")));
    }

    @Test
    void aSurnameWrittenAlsoAsAPlaceStaysAsTagged() {
        String t = "Lena Washington flew in. Washington said on Monday that talks would go on.";
        List<Mention> tagged = List.of(at(t, "Lena Washington", 0, EntityType.PERSON, 5),
                at(t, "Washington", 20, EntityType.LOCATION, 6));
        assertEquals(List.of(), added(t, tagged, Map.of(5L, "Lena Washington", 6L, "Washington")));
    }
}

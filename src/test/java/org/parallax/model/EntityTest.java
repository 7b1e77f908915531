package org.parallax.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An entity's aliases split into the other ways it is written and the roles the linker keeps with it. */
class EntityTest {
    @Test
    void roleMarksAreRolesAndTheRestAreOtherNames() {
        Entity e = new Entity(1, EntityType.PERSON, "Owen Hart", List.of("Owen Hart", "Hart", "Owen Hart (striker)",
                "O. Hart", "Owen Hart (footballer)", "Hart (striker)"), false);
        assertEquals(List.of("Hart", "O. Hart"), e.otherNames());
        assertEquals(List.of("striker", "footballer"), e.roles());
    }

    @Test
    void aLabelledMarkIsARoleToo() {
        Entity e = new Entity(3, EntityType.ORGANIZATION, "PSD", List.of("PSD", "PSD (country: Romania)", "Social Democratic Party"), false);
        assertEquals(List.of("Social Democratic Party"), e.otherNames());
        assertEquals(List.of("country: Romania"), e.roles());
    }

    @Test
    void bracketsThatHoldNoLowerCaseRoleStayAName() {
        Entity e = new Entity(2, EntityType.ORGANIZATION, "Amnesty International", List.of("Amnesty International (AI)",
                "Party (2019)", "Sinn Féin (Ireland)"), false);
        assertEquals(List.of("Amnesty International (AI)", "Party (2019)", "Sinn Féin (Ireland)"), e.otherNames());
        assertEquals(List.of(), e.roles());
    }

    @Test
    void theLinkersMarksAreWrittenAndReadInOneFormat() {
        assertEquals("Owen Hart (judge)", AliasMarks.of("Owen Hart", "judge"));
        assertEquals("PSD (country: Romania)", AliasMarks.of("PSD", "country", "Romania"));
        assertEquals("judge", AliasMarks.role(AliasMarks.of("Owen Hart", "judge")));
        assertEquals("country: Romania", AliasMarks.role(" PSD (country: Romania) "));
        assertNull(AliasMarks.role("Sinn Féin (Ireland)"));
        assertNull(AliasMarks.role("(judge)"));
        assertNull(AliasMarks.role(null));
    }
}

package org.parallax.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;

/** The legend's visible types and chips, without the toolkit. */
class EntityLegendModelTest {
    @Test
    void showsEveryTypeAtFirstAndTogglingHidesOnlyThatType() {
        EntityLegendModel m = new EntityLegendModel();
        for (EntityType t : EntityType.values()) assertTrue(m.isVisible(t));
        m.toggle(EntityType.PERSON);
        assertFalse(m.isVisible(EntityType.PERSON));
        assertFalse(m.visibleTypes().contains(EntityType.PERSON));
        assertTrue(m.isVisible(EntityType.DATE));
        m.setVisible(EntityType.PERSON, true);
        assertTrue(m.isVisible(EntityType.PERSON));
    }

    @Test
    void miscGetsAChipOnlyWhileItHasMentions() {
        EntityLegendModel m = new EntityLegendModel();
        assertEquals(EntityLegendModel.MAIN, m.types());
        m.setCounts(Map.of(EntityType.PERSON, 3, EntityType.MISC, 1));
        assertEquals(List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.DATE, EntityType.MISC), m.types());
        assertEquals("Person 3", m.label(EntityType.PERSON));
        assertEquals("Location", m.label(EntityType.LOCATION));
        m.setCounts(Map.of(EntityType.PERSON, 2));
        assertEquals(EntityLegendModel.MAIN, m.types());
    }
}

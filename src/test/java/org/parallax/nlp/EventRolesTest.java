package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.model.EntityType;

/** Single rules of {@link EventRoles}, on sentences written for them; EventRolesGoldTest measures the whole on re3d. */
class EventRolesTest {
    @Test
    void whereTheVisitorsGoBackToIsNoPlaceOfTheVisit() {
        assertEquals(List.of("Halvik"), places("Marren will travel to Halvik for talks before returning to Sarnec on Sunday.",
                "Halvik", "Sarnec"));
        assertEquals(List.of("Kabul"), places("The envoy visited Kabul and then flew home to Islamabad.", "Kabul", "Islamabad"));
        assertEquals(List.of("Rome"), places("The delegation arrived in Rome and will head back to the Vatican later.", "Rome", "Vatican"));
        // a return that is the visit itself keeps its place
        assertEquals(List.of("Cairo"), places("Kerry returned to Cairo for a second round of talks.", "Cairo"));
    }

    private static List<String> places(String sentence, String... names) {
        List<EventRoles.Span> spans = new ArrayList<>();
        for (String n : names) {
            int at = sentence.indexOf(n);
            spans.add(new EventRoles.Span(at, at + n.length(), EntityType.LOCATION));
        }
        EventRoles.Roles r = EventRoles.of(sentence, spans);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) if (r.place()[i]) out.add(names[i]);
        return out;
    }
}

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

    @Test
    void theFirstPersonAfterAHostsVerbIsItsGuest() {
        String s = "Holt will host Dask at the palace on Monday and fly to Orla on Tuesday to welcome Berg.";
        assertEquals(List.of(1, 2), EventRoles.guests(s, spans(s, "Holt", EntityType.PERSON, "Dask", EntityType.PERSON,
                "Berg", EntityType.PERSON)));
        // a title between the verb and the guest
        String t = "Holt received the foreign minister of Tessel, Ivo Dask, on Monday.";
        assertEquals(List.of(2), EventRoles.guests(t, spans(t, "Holt", EntityType.PERSON, "Tessel", EntityType.LOCATION,
                "Ivo Dask", EntityType.PERSON)));
        // no guest: a passive reception, an event that is hosted, an agent
        String p = "Dask was received by Holt on Monday.";
        assertEquals(List.of(), EventRoles.guests(p, spans(p, "Dask", EntityType.PERSON, "Holt", EntityType.PERSON)));
        String e = "Holt hosted talks between Dask and Berg on Monday.";
        assertEquals(List.of(), EventRoles.guests(e, spans(e, "Holt", EntityType.PERSON, "Dask", EntityType.PERSON,
                "Berg", EntityType.PERSON)));
    }

    @Test
    void thePassiveOfAReportingVerbIsNoReport() {
        String s = "The Lorvan premier Ivo Dask was welcomed by President Mira Holt in Tessel on Monday at the start of a visit.";
        assertEquals(List.of("Ivo Dask", "Mira Holt"), participants(s, "Ivo Dask", "Mira Holt"));
        // the active verb still reports: the speaker is no participant
        String r = "Ivo Dask will visit Tessel on Monday, the ministry welcomed, said Anna Berg.";
        assertEquals(List.of("Ivo Dask"), participants(r, "Ivo Dask", "Anna Berg"));
    }

    @Test
    void anOrganisationWhereTheEventHappensIsAPlaceNotAParticipant() {
        String s = "Dask was received by Holt at the Presidential Palace in Tessel on Monday.";
        List<EventRoles.Span> spans = spans(s, "Dask", EntityType.PERSON, "Holt", EntityType.PERSON,
                "Presidential Palace", EntityType.ORGANIZATION, "Tessel", EntityType.LOCATION);
        EventRoles.Roles r = EventRoles.of(s, spans);
        assertEquals(List.of(true, true, false, false), List.of(r.participant()[0], r.participant()[1], r.participant()[2],
                r.participant()[3]));
        assertEquals(List.of(false, false, true, true), List.of(r.place()[0], r.place()[1], r.place()[2], r.place()[3]));
        // a possessive names the owner of the place, which is neither
        String p = "Dask met students at Orlan University's campus on Tuesday.";
        EventRoles.Roles q = EventRoles.of(p, spans(p, "Dask", EntityType.PERSON, "Orlan University", EntityType.ORGANIZATION));
        assertEquals(List.of(true, false, false), List.of(q.participant()[0], q.participant()[1], q.place()[1]));
    }

    @Test
    void aDatelineIsNeitherPlaceNorParticipant() {
        String s = "ORLAN CITY: Pope Dask will travel to Tessel in October, the press office said.";
        EventRoles.Roles r = EventRoles.of(s, spans(s, "ORLAN", EntityType.ORGANIZATION, "Dask", EntityType.PERSON,
                "Tessel", EntityType.LOCATION));
        assertEquals(List.of(false, true), List.of(r.participant()[0], r.participant()[1]));
        assertEquals(List.of(false, false, true), List.of(r.place()[0], r.place()[1], r.place()[2]));
        // an organisation in capitals inside the sentence still acts
        String t = "Dask met NATO officials in Tessel on Monday.";
        assertEquals(true, EventRoles.of(t, spans(t, "Dask", EntityType.PERSON, "NATO", EntityType.ORGANIZATION)).participant()[1]);
    }

    @Test
    void aPortOrIslandOfAPlaceIsThePlace() {
        assertEquals(List.of("Kessel"), places("The delegation toured the port of Kessel on April 21 before flying back to Sarnec.",
                "Kessel", "Sarnec"));
        assertEquals(List.of("Orlo"), places("The envoys met on the island of Orlo on Friday.", "Orlo"));
    }

    @Test
    void aPlaceNamedWithItsSiteIsThePlace() {
        assertEquals(List.of("Orla"), places("Ana Dask spent Tuesday at the Orla bakery.", "Orla"));
        assertEquals(List.of("Orla"), places("She moved on to our Orla distribution centre on Wednesday.", "Orla"));
        assertEquals(List.of("Orla", "Durn"), places("He visited picket lines at Orla and Durn stations on Tuesday.", "Orla", "Durn"));
        assertEquals(List.of("Orla"), places("The two ministers visited the Orla dam on Sunday.", "Orla"));
        // a place before another noun, or before a post at the site, stays a modifier
        assertEquals(List.of(), places("She met Orla officials on Tuesday.", "Orla"));
        assertEquals(List.of(), places("He met the Orla station chief on Tuesday.", "Orla"));
    }

    @Test
    void anOrganisationsLeadersAreItsPeopleButOneLeaderIsAnAffiliation() {
        String s = "Orlan Union leaders will meet in Tessel on June 18-19.";
        EventRoles.Roles r = EventRoles.of(s, spans(s, "Orlan Union", EntityType.ORGANIZATION, "Tessel", EntityType.LOCATION));
        assertEquals(true, r.participant()[0]);
        String one = "An Orlan Union leader met Ivo Dask in Tessel on Monday.";
        EventRoles.Roles q = EventRoles.of(one, spans(one, "Orlan Union", EntityType.ORGANIZATION, "Ivo Dask", EntityType.PERSON));
        assertEquals(List.of(false, true), List.of(q.participant()[0], q.participant()[1]));
    }

    @Test
    void aBodyProudToShareItsNewsIsNoParty() {
        String s = "Orlo Athletic Football Club is proud to share that captain Ivo Dask visited the ward in Halvik on Wednesday.";
        EventRoles.Roles r = EventRoles.of(s, spans(s, "Orlo Athletic Football Club", EntityType.ORGANIZATION, "Ivo Dask",
                EntityType.PERSON, "Halvik", EntityType.LOCATION));
        assertEquals(List.of(false, true, true), List.of(r.participant()[0], r.participant()[1], r.place()[2]));
        // a body that is proud of something it did itself still is one
        String t = "Orlo Athletic Football Club is proud of its visit to Halvik on Wednesday.";
        assertEquals(true, EventRoles.of(t, spans(t, "Orlo Athletic Football Club", EntityType.ORGANIZATION)).participant()[0]);
    }

    @Test
    void whatIsVisitedInThePassiveIsThePlace() {
        String s = "The island of Orlo was visited on Monday by the commissioner, Ilse Marren.";
        EventRoles.Roles r = EventRoles.of(s, spans(s, "Orlo", EntityType.ORGANIZATION, "Ilse Marren", EntityType.PERSON));
        assertEquals(List.of(true, false, false, true), List.of(r.place()[0], r.participant()[0], r.place()[1], r.participant()[1]));
        // the town it stands in between the name and the passive ("The Orlo Hospice in Halvik was visited by")
        String h = "The Orlo Hospice in Halvik was visited on Tuesday by the health secretary, Ilse Marren.";
        EventRoles.Roles hr = EventRoles.of(h, spans(h, "Orlo Hospice", EntityType.ORGANIZATION, "Halvik", EntityType.LOCATION,
                "Ilse Marren", EntityType.PERSON));
        assertEquals(List.of(true, false, true, true), List.of(hr.place()[0], hr.participant()[0], hr.place()[1], hr.participant()[2]));
        String g = "The Orlo Hospice in Halvik gave thanks to Ilse Marren, who visited on Tuesday.";
        assertEquals(true, EventRoles.of(g, spans(g, "Orlo Hospice", EntityType.ORGANIZATION)).participant()[0]);
        // an organisation visiting in the passive's agent, or acting, is still a party
        String t = "Orlo Holdings visited the plant on Monday.";
        assertEquals(List.of(false, true), List.of(EventRoles.of(t, spans(t, "Orlo Holdings", EntityType.ORGANIZATION)).place()[0],
                EventRoles.of(t, spans(t, "Orlo Holdings", EntityType.ORGANIZATION)).participant()[0]));
    }

    private static List<EventRoles.Span> spans(String sentence, Object... nameTypes) {
        List<EventRoles.Span> spans = new ArrayList<>();
        for (int i = 0; i < nameTypes.length; i += 2) {
            String n = (String) nameTypes[i];
            int at = sentence.indexOf(n);
            spans.add(new EventRoles.Span(at, at + n.length(), (EntityType) nameTypes[i + 1]));
        }
        return spans;
    }

    private static List<String> participants(String sentence, String... names) {
        List<EventRoles.Span> spans = new ArrayList<>();
        for (String n : names) {
            int at = sentence.indexOf(n);
            spans.add(new EventRoles.Span(at, at + n.length(), EntityType.PERSON));
        }
        EventRoles.Roles r = EventRoles.of(sentence, spans);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) if (r.participant()[i]) out.add(names[i]);
        return out;
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

    @Test
    void whereAReportWasMadeAndWhatAidGoesToAreNoPlacesOfTheVisit() {
        assertEquals(List.of("Halvik"), places("The minister flew to Halvik on Monday for talks on aid to Sarnec, his ministry "
                + "said in Tessel.", "Halvik", "Sarnec", "Tessel"));
        assertEquals(List.of("Orlan"), places("Dask will travel to Orlan, he told reporters in Tessel.", "Orlan", "Tessel"));
        // a visit "to" a place after a verb of motion keeps its place
        assertEquals(List.of("Orlan"), places("Dask sent a delegation to Orlan.", "Orlan"));
    }

    @Test
    void aWireDatelineAndItsAgencyAreNeitherPlaceNorParticipant() {
        String s = "TESSEL, Jan 21 (AFP) - Ivo Dask arrived in Sarnec on Wednesday for a two-day visit.";
        EventRoles.Roles r = EventRoles.of(s, spans(s, "TESSEL", EntityType.LOCATION, "AFP", EntityType.ORGANIZATION,
                "Ivo Dask", EntityType.PERSON, "Sarnec", EntityType.LOCATION));
        assertEquals(List.of(false, false, true, false), List.of(r.participant()[0], r.participant()[1], r.participant()[2],
                r.participant()[3]));
        assertEquals(List.of(false, false, false, true), List.of(r.place()[0], r.place()[1], r.place()[2], r.place()[3]));
        assertEquals(List.of("Pope Dask"), participants("ORLAN CITY (Reuters) - Pope Dask will visit Tessel from July 2 to 5.",
                "Pope Dask", "Reuters"));
        // an agency in parentheses elsewhere in the sentence is still an actor
        assertEquals(List.of("Dask", "Orlan Bank"), participants("Dask met the chief of the lender (Orlan Bank) on Monday.",
                "Dask", "Orlan Bank"));
    }

    @Test
    void aMeetingNamingNoTownIsWhereTheDatelineIs() {
        String s = "TESSEL: Ivo Dask met Mira Holt on the sidelines of the Orlan Assembly on Wednesday.";
        EventRoles.Roles r = EventRoles.of(s, spans(s, "TESSEL", EntityType.LOCATION, "Ivo Dask", EntityType.PERSON,
                "Mira Holt", EntityType.PERSON, "Orlan Assembly", EntityType.ORGANIZATION));
        assertEquals(List.of(true, false, false, true), List.of(r.place()[0], r.place()[1], r.place()[2], r.place()[3]));
        assertEquals(List.of(false, true, true, false), List.of(r.participant()[0], r.participant()[1], r.participant()[2],
                r.participant()[3]));
        // a town of its own, or a travel word, and the dateline is only where the report was filed
        assertEquals(List.of("Sarnec"), places("TESSEL: Ivo Dask met Mira Holt in Sarnec on Wednesday.", "TESSEL", "Sarnec"));
        assertEquals(List.of(), places("TESSEL: Ivo Dask will visit the Gulf next month.", "TESSEL"));
    }

    @Test
    void anOrganisationWhereAPlaceStandsIsThePlace() {
        String s = "Dask held talks with Mira Holt in Kessel on Monday.";
        EventRoles.Roles r = EventRoles.of(s, spans(s, "Dask", EntityType.PERSON, "Mira Holt", EntityType.PERSON,
                "Kessel", EntityType.ORGANIZATION));
        assertEquals(List.of(true, true, false), List.of(r.participant()[0], r.participant()[1], r.participant()[2]));
        assertEquals(true, r.place()[2]);
        String list = "Dask toured the region, visiting Kessel, Durn and Orlby.";
        EventRoles.Roles q = EventRoles.of(list, spans(list, "Dask", EntityType.PERSON, "Kessel", EntityType.ORGANIZATION,
                "Durn", EntityType.LOCATION, "Orlby", EntityType.ORGANIZATION));
        assertEquals(List.of(false, true, true, true), List.of(q.place()[0], q.place()[1], q.place()[2], q.place()[3]));
        // an organisation that acts, or one named as a modifier, stays no place
        String acts = "Dask met the Orlan Bank in Tessel on Monday.";
        EventRoles.Roles a = EventRoles.of(acts, spans(acts, "Dask", EntityType.PERSON, "Orlan Bank", EntityType.ORGANIZATION,
                "Tessel", EntityType.LOCATION));
        assertEquals(List.of(true, false, true), List.of(a.participant()[1], a.place()[1], a.place()[2]));
        String modifier = "Dask visited Kessel officials in Tessel on Monday.";
        EventRoles.Roles m = EventRoles.of(modifier, spans(modifier, "Dask", EntityType.PERSON, "Kessel",
                EntityType.ORGANIZATION, "Tessel", EntityType.LOCATION));
        assertEquals(List.of(true, false), List.of(m.participant()[1], m.place()[1]));
    }

    @Test
    void whoIsSaidToTravelIsNoReporter() {
        // "said X would visit": X is the subject of what is said, not its source ("said the ministry")
        assertEquals(List.of("Ivo Dask"), participants("A spokesman said Ivo Dask would visit Tessel in October.", "Ivo Dask"));
        assertEquals(List.of(), participants("Dask will visit Tessel in October, said Mira Holt.", "Mira Holt"));
    }

    @Test
    void anOrganisationAsModifierOrInATitleIsNoParticipant() {
        String s = "Orlan and Tessel negotiators met in Kessel on Thursday for EUX-mediated talks.";
        EventRoles.Roles r = EventRoles.of(s, spans(s, "EUX", EntityType.ORGANIZATION));
        assertEquals(false, r.participant()[0]);
        // a title of two lowercase words between the organisation and its person
        String t = "EUX foreign policy chief Mira Holt met both negotiators on Wednesday.";
        EventRoles.Roles q = EventRoles.of(t, spans(t, "EUX", EntityType.ORGANIZATION, "Mira Holt", EntityType.PERSON));
        assertEquals(List.of(false, true), List.of(q.participant()[0], q.participant()[1]));
    }

    @Test
    void anEnvoyShuttlesBetweenTwoPlacesAndToursAVenue() {
        assertEquals(List.of("Tessel", "Kessel"), places("Envoy Ivo Dask shuttled between Tessel and Kessel this week.",
                "Tessel", "Kessel"));
        String v = "On Thursday the delegation will tour the Orlan Research Centre at Durn.";
        EventRoles.Roles r = EventRoles.of(v, spans(v, "Orlan Research Centre", EntityType.ORGANIZATION, "Durn", EntityType.LOCATION));
        assertEquals(List.of(false, true, true), List.of(r.participant()[0], r.place()[0], r.place()[1]));
    }
    @Test
    void leavingForBirthplacesAndRepresentedBodies() {
        // "is leaving Orla for Kessel, where he will meet X": Kessel is the place, Orla where he leaves
        String s = "Dask is leaving Orla for Kessel, where he will meet Holt this evening.";
        EventRoles.Roles r = EventRoles.of(s, spans(s, "Dask", EntityType.PERSON, "Orla", EntityType.LOCATION,
                "Kessel", EntityType.LOCATION, "Holt", EntityType.PERSON));
        assertEquals(List.of(false, true), List.of(r.place()[1], r.place()[2]));
        // where someone was born describes the person, not the event
        String b = "Dask, who was born in Tessel, visited Orla on Saturday.";
        EventRoles.Roles q = EventRoles.of(b, spans(b, "Dask", EntityType.PERSON, "Tessel", EntityType.LOCATION,
                "Orla", EntityType.LOCATION));
        assertEquals(List.of(false, true), List.of(q.place()[1], q.place()[2]));
        // a body represented by its envoys: the envoys take part, the body does not
        String u = "The Orlan Union will be represented by Dask and Holt at the summit.";
        EventRoles.Roles w = EventRoles.of(u, spans(u, "Orlan Union", EntityType.ORGANIZATION, "Dask", EntityType.PERSON,
                "Holt", EntityType.PERSON));
        assertEquals(List.of(false, true, true), List.of(w.participant()[0], w.participant()[1], w.participant()[2]));
    }

    @Test
    void aPersonOpeningABuildingOrPlaceButNotAThingOpening() {
        String a = "Princess Ilse Marren officially opened the new children's wing at Orla General Hospital on Thursday.";
        assertEquals(true, EventRoles.opensPlace(a, spans(a, "Ilse Marren", EntityType.PERSON, "Orla General Hospital",
                EntityType.ORGANIZATION)));
        String p = "The Kessel bridge was officially opened by Ivo Dask on Friday.";
        assertEquals(true, EventRoles.opensPlace(p, spans(p, "Kessel", EntityType.LOCATION, "Ivo Dask", EntityType.PERSON)));
        String h = "She will open the town's new fire station next month.";
        assertEquals(true, EventRoles.opensPlace(h, List.of()));
        // a thing opening, a company opening, opening fire or an inquiry: no visit
        String f = "The Orla Fair opened its doors on Monday.";
        assertEquals(false, EventRoles.opensPlace(f, spans(f, "Orla Fair", EntityType.ORGANIZATION)));
        String c = "Orla Motors will open a new factory in Kessel in May.";
        assertEquals(false, EventRoles.opensPlace(c, spans(c, "Orla Motors", EntityType.ORGANIZATION, "Kessel", EntityType.LOCATION)));
        String g = "Ivo Dask said gunmen opened fire on the crowd at the station on Monday.";
        assertEquals(false, EventRoles.opensPlace(g, spans(g, "Ivo Dask", EntityType.PERSON)));
        String i = "Ivo Dask opened an investigation into the hospital on Monday.";
        assertEquals(false, EventRoles.opensPlace(i, spans(i, "Ivo Dask", EntityType.PERSON)));
        String m = "The market opened lower on Monday.";
        assertEquals(false, EventRoles.opensPlace(m, List.of()));
    }

    @Test
    void aHostWelcomingTheVisitorIsNoReporter() {
        assertEquals(List.of("Ivo Dask"), participants("Mayor Ivo Dask welcomed her on arrival in Durn.", "Ivo Dask"));
        // welcoming the visit, or the king's visit, reports it
        assertEquals(List.of(), participants("Mayor Ivo Dask welcomed the visit of the king to Durn.", "Ivo Dask"));
        assertEquals(List.of(), participants("Mayor Ivo Dask welcomed the king's visit to Durn.", "Ivo Dask"));
    }

    @Test
    void anOrganisationOpenedIsThePlaceNotAParticipant() {
        String s = "King Ivo Dask opened the new Orla Concert Hall in Durn on Friday.";
        EventRoles.Roles r = EventRoles.of(s, spans(s, "Ivo Dask", EntityType.PERSON, "Orla Concert Hall", EntityType.ORGANIZATION,
                "Durn", EntityType.LOCATION));
        assertEquals(List.of(true, false, false), List.of(r.participant()[0], r.participant()[1], r.participant()[2]));
        assertEquals(List.of(false, true, true), List.of(r.place()[0], r.place()[1], r.place()[2]));
    }

    @Test
    void aHostCountryAsTheSubjectIsWhereTheVisitIs() {
        String s = "Tessel welcomed the Lorvan prime minister, Ivo Dask, on Wednesday for a two-day visit.";
        EventRoles.Roles r = EventRoles.of(s, spans(s, "Tessel", EntityType.LOCATION, "Ivo Dask", EntityType.PERSON));
        assertEquals(List.of(true, false), List.of(r.place()[0], r.place()[1]));
        String f = "On Monday, Tessel will host Dask for talks.";
        assertEquals(true, EventRoles.of(f, spans(f, "Tessel", EntityType.LOCATION, "Dask", EntityType.PERSON)).place()[0]);
        // a country welcoming a decision reports it; it is no place
        String d = "Tessel welcomed the decision of Dask to visit Orlan on Monday.";
        assertEquals(false, EventRoles.of(d, spans(d, "Tessel", EntityType.LOCATION, "Dask", EntityType.PERSON)).place()[0]);
    }
}

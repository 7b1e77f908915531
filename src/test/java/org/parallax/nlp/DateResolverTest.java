package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.Block;
import org.parallax.model.BlockType;
import org.parallax.model.DatePrecision;
import org.parallax.model.DateRange;
import org.parallax.model.EntityType;

/**
 * Date phrases with the mentions SUTime gives for them (as CoreNLP 4.5.10 tags them), resolved against a document date. Each row:
 * sentence, document date, mentions as "surface=value" (value "#" for a NUMBER), the span expected for the first
 * date, and its range with precision ("-" when it must not be a calendar date).
 */
class DateResolverTest {
    private static final String DOC = "2023-03-04"; // a Saturday
    private final DateResolver resolver = new DateResolver();

    static Stream<Arguments> phrases() {
        return Stream.of(
                row("Landberg will lead a delegation to Pakistan from March 6-7 to take part.", DOC, "March=2023-03|6-7=#", "March 6-7", "2023-03-06..2023-03-07 DAY"),
                row("Pakistan-US counterterrorism dialogue on March 6-7", DOC, "March=2023-03|6-7=#", "March 6-7", "2023-03-06..2023-03-07 DAY"),
                row("The delegation is in Islamabad 6-7 March.", DOC, "6-7=#|March=2023-03", "6-7 March", "2023-03-06..2023-03-07 DAY"),
                row("They will meet March 6 to 7 in Islamabad.", DOC, "March 6=2023-03-06|7=#", "March 6 to 7", "2023-03-06..2023-03-07 DAY"),
                row("The talks run between March 6 and 7.", DOC, "March 6=2023-03-06|7=#", "March 6 and 7", "2023-03-06..2023-03-07 DAY"),
                row("Chollet visited Islamabad February 16-17 to highlight the partnership.", DOC, "February=2023-02|16-17=#", "February 16-17", "2023-02-16..2023-02-17 DAY"),
                row("The dialogue is on March 6–7.", DOC, "March=2023-03|6–7=#", "March 6–7", "2023-03-06..2023-03-07 DAY"),
                row("The delegation will stay from March 6 to March 7.", DOC, "March 6=2023-03-06|March 7=2023-03-07", "March 6 to March 7", "2023-03-06..2023-03-07 DAY"),
                row("The talks are set between March 6 and March 7.", DOC, "March 6=2023-03-06|March 7=2023-03-07", "March 6 and March 7", "2023-03-06..2023-03-07 DAY"),
                row("They meet on March 6th-7th.", DOC, "March=2023-03|6th-7th=#", "March 6th-7th", "2023-03-06..2023-03-07 DAY"),
                row("They meet on the 6th to 7th of March.", DOC, "6th=#|7th=#|March=2023-03", "6th to 7th of March", "2023-03-06..2023-03-07 DAY"),
                row("They meet on March 6 - 7.", DOC, "March=2023-03|6 - 7=#", "March 6 - 7", "2023-03-06..2023-03-07 DAY"),
                row("The State Department said in a statement on Friday.", DOC, "Friday=2023-03-03", "Friday", "2023-03-03 DAY"),
                row("The State Department said on Friday that they will go.", DOC, "Friday=2023-03-10", "Friday", "2023-03-03 DAY"),
                row("Pakistan and the US will hold a dialogue, the State Department said on Friday.", DOC, "Friday=2023-03-10", "Friday", "2023-03-03 DAY"),
                row("The minister will travel to Kabul on Friday.", DOC, "Friday=2023-03-10", "Friday", "2023-03-10 DAY"),
                row("He arrived in Kabul on Monday.", DOC, "Monday=2023-02-27", "Monday", "2023-02-27 DAY"),
                row("The envoy left last Friday.", DOC, "last Friday=2023-02-24", "last Friday", "2023-03-03 DAY"),
                row("The envoy comes next Friday.", DOC, "next Friday=2023-03-10", "next Friday", "2023-03-10 DAY"),
                row("Last month, Chollet visited Pakistan.", DOC, "Last month=2023-02", "Last month", "2023-02 MONTH"),
                row("In February, Chollet visited Pakistan.", DOC, "February=2023-02", "February", "2023-02 MONTH"),
                row("In February, Chollet visited Pakistan.", DOC, "February=XXXX-02", "February", "2023-02 MONTH"),
                row("The envoy will come next week.", DOC, "next week=2023-W10", "next week", "2023-03-06..2023-03-12 WEEK"),
                // the week before publication, not the publication week SUTime gives
                row("It happened the week before.", DOC, "the week before=2023-W09", "the week before", "2023-02-20..2023-02-26 WEEK"),
                row("The talks were held on March 1.", DOC, "March 1=XXXX-03-01", "March 1", "2023-03-01 DAY"),
                row("On March 6, 2023 the delegation arrives.", DOC, "March 6, 2023=2023-03-06", "March 6, 2023", "2023-03-06 DAY"),
                row("Inflation rose in 2022.", DOC, "2022=2022", "2022", "2022 YEAR"),
                row("Growth slowed in the first quarter.", DOC, "the first quarter=2023-Q1", "the first quarter", "2023-01-01..2023-03-31 MONTH"),
                row("Heatwave expected during March-May.", DOC, "March-May=2023-03/2023-05", "March-May", "2023-03-01..2023-05-31 MONTH"),
                row("Terror incidents rose in recent years.", DOC, "recent years=PAST_REF", "recent years", "-"),
                row("The dialogue has been planned for months.", DOC, "months=P1M~DURATION", "months", "-"),
                row("The talks last two weeks.", DOC, "two weeks=P2W~DURATION", "two weeks", "-"),
                row("The season opens in the summer.", DOC, "the summer=2023-SU", "the summer", "2023-06-01..2023-08-31 SEASON"),
                row("The delegation visits from March 6-7.", null, "March=XXXX-03|6-7=#", "March 6-7", "-"),
                row("The State Department said on Friday.", null, "Friday=XXXX-WXX-5", "Friday", "-"),
                row("Last month, Chollet visited Pakistan.", null, "Last month=PREV_IMMEDIATE", "Last month", "-"),
                row("The delegation arrived on March 6, 2023.", null, "March 6, 2023=2023-03-06", "March 6, 2023", "2023-03-06 DAY"),
                row("Talks are set for March 6-7 in Islamabad.", DOC, "March 6-7=2023-03-06", "March 6-7", "2023-03-06..2023-03-07 DAY"),
                row("Talks are set for March 6-7 in Islamabad.", DOC, "March 6-7=2023-03", "March 6-7", "2023-03-06..2023-03-07 DAY"),
                row("They stay from March 6 to March 7 in Islamabad.", DOC, "March 6 to March 7=2023-03-06", "March 6 to March 7", "2023-03-06..2023-03-07 DAY"),
                // as real SUTime (CoreNLP 4.5.10, the app configuration) gives them in context
                row("Landberg will lead a delegation from March 6-7 to take part.", DOC, "March 6=2023-03-06|7=#", "March 6-7", "2023-03-06..2023-03-07 DAY"),
                row("The delegation is in Islamabad 6-7 March.", DOC, "6=#|7 March=2023-03-07", "6-7 March", "2023-03-06..2023-03-07 DAY"),
                row("They meet on the 6th to 7th of March.", DOC, "6th=#|7th of March=2023-03-07", "6th to 7th of March", "2023-03-06..2023-03-07 DAY"),
                row("They meet on March 6th-7th.", DOC, "March 6th=2023-03-06|7th=#", "March 6th-7th", "2023-03-06..2023-03-07 DAY"),
                row("He arrived in Kabul on Monday.", DOC, "Monday=2023-03-06", "Monday", "2023-02-27 DAY"),
                row("Heatwave expected during March-May.", DOC, "March=2023-03|May=2023-05", "March-May", "2023-03-01..2023-05-31 MONTH"),
                // a counted span to or from the publication date, at its unit's precision (stop 32: it was no date)
                row("The talks lasted the last two weeks.", DOC, "last two weeks=2023-02-18/2023-03-04", "last two weeks",
                        "2023-02-18..2023-03-04 DAY"),
                row("They wasted the past three months.", DOC, "the past three months=P3M~DURATION", "the past three months",
                        "2022-12-01..2023-03-31 MONTH"),
                row("Prices will rise over the next five years.", DOC, "the next five years=P5Y~DURATION", "the next five years",
                        "2023-01-01..2028-12-31 YEAR"),
                row("The delegation talked about 20 percent of March 6 issues.", DOC, "March 6=2023-03-06", "March 6", "2023-03-06 DAY"),
                // relative weeks, against the publication week (2023-W09, Monday 27 February to Sunday 5 March)
                row("The envoy left last week.", DOC, "last week=2023-W08", "last week", "2023-02-20..2023-02-26 WEEK"),
                row("The talks resume the following week.", DOC, "the following week=2023-W09", "the following week", "2023-03-06..2023-03-12 WEEK"),
                row("This week the council voted.", DOC, "This week=2023-W09", "This week", "2023-02-27..2023-03-05 WEEK"),
                row("The week before the election, turnout rose.", DOC, "The week before=2023-W09", "The week before", "-"),
                // offsets at the unit's precision; "in" before a duration makes it a date ahead
                row("The results are due in two weeks.", DOC, "two weeks=P2W~DURATION", "two weeks", "2023-03-13..2023-03-19 WEEK"),
                row("He will return in 10 days.", DOC, "10 days=P10D~DURATION", "10 days", "2023-03-14 DAY"),
                row("The plant closed three years ago.", DOC, "three years ago=2020-03-04", "three years ago", "2020 YEAR"),
                row("I used it a decade ago.", DOC, "a decade ago=2013-03-04", "a decade ago", "2013 YEAR"),
                row("Deficits grew from 2019 to 2024 on average.", DOC, "2019=2019|to=2024|2024=2024", "2019 to 2024", "2019-01-01..2024-12-31 YEAR"),
                row("Islamists held power between 2011 and 2013.", DOC, "2011=2011|2013=2013", "2011 and 2013", "2011-01-01..2013-12-31 YEAR"),
                row("Sales rose in 2011 and 2013.", DOC, "2011=2011|2013=2013", "2011", "2011 YEAR"),
                row("The mill shut two decades ago.", DOC, "two decades ago=2003-03-04", "two decades ago", "2003 YEAR"),
                row("The firm was founded two months ago.", DOC, "two months ago=2023-01-04", "two months ago", "2023-01 MONTH"),
                row("The vote is two weeks from now.", DOC, "two weeks from now=2023-03-18", "two weeks from now", "2023-03-13..2023-03-19 WEEK"),
                row("Prices rose for the first time in two years.", DOC, "two years=P2Y~DURATION", "two years", "-"),
                row("The swine flu pandemic of 2009-2010 killed 348 children.", DOC, "2009-2010=PT8760H~DURATION", "2009-2010",
                        "2009-01-01..2010-12-31 YEAR"),
                // seasons: meteorological, northern hemisphere; winter runs into the next year
                row("The spring of 2022 was dry.", DOC, "The spring of 2022=2022-SP", "The spring of 2022", "2022-03-01..2022-05-31 SEASON"),
                row("The spring of 2022 was dry.", null, "The spring of 2022=2022-SP", "The spring of 2022", "2022-03-01..2022-05-31 SEASON"),
                row("Snow fell last winter.", DOC, "last winter=2022-WI", "last winter", "2022-12-01..2023-02-28 SEASON"),
                // modifiers: a part of the month or year, never the whole of it
                row("Sales slumped late last year.", DOC, "late last year=2022", "late last year", "2022-09-01..2022-12-31 PART"),
                row("Growth will pick up in the first half of next year.", DOC, "next year=2024", "next year", "2024-01-01..2024-06-30 HALF"),
                row("Growth will pick up in the first half of next year.", DOC, "the first half of next year=2024-H1",
                        "the first half of next year", "2024-01-01..2024-06-30 HALF"),
                row("Building resumes in the second half of 2023.", DOC, "2023=2023", "2023", "2023-07-01..2023-12-31 HALF"),
                row("Talks began in early March.", DOC, "early March=2023-03", "early March", "2023-03-01..2023-03-10 PART"),
                row("The vote is set for mid-April.", DOC, "mid-April=2023-04", "mid-April", "2023-04-11..2023-04-20 PART"),
                row("Prices peaked at the end of May.", DOC, "the end of May=2023-05", "the end of May", "2022-05-21..2022-05-31 PART"),
                row("The flu peaked by the end of year.", DOC, "the end of year=P1Y~DURATION", "the end of year", "2022-09-01..2022-12-31 PART"),
                // "a month earlier than" compares (MentionShapes): the date is "early December" alone
                row("The season started in early December, a month earlier than usual.", DOC, "early December, a month earlier=2022-11",
                        "early December", "2022-12-01..2022-12-10 PART"),
                row("Wages stagnated in the 1990s.", DOC, "the 1990s=199X", "the 1990s", "1990-01-01..1999-12-31 YEAR"),
                // what SUTime misses in a hyphened word, as JoinedDates reports it
                row("The first ship is due in mid-December.", DOC, "mid-December=XXXX-12", "mid-December", "2023-12-11..2023-12-20 PART"),
                row("Growth slowed in mid-2022.", DOC, "mid-2022=2022", "mid-2022", "2022-05-01..2022-08-31 PART"),
                // "is due" points ahead: the December to come, not the nearer one just past
                row("The report is due in December.", DOC, "December=XXXX-12", "December", "2023-12 MONTH"),
                row("The deal was first proposed in 2021-22.", DOC, "2021-22=2021/2022", "2021-22", "2021-01-01..2022-12-31 YEAR"),
                row("At the turn of the century it was tiny.", DOC, "the century=20", "the century", "1999-01-01..2001-12-31 YEAR"),
                // counted from an event of the story, not from the publication date: no date to show
                row("The ruling came two days later.", DOC, "two days later=2023-03-06", "two days later", "-"),
                row("The deal was revised the following spring.", DOC, "the following spring=2024-SP", "the following spring", "-"),
                row("He left a fortnight ago.", DOC, "a fortnight ago=2023-02-18", "a fortnight ago", "2023-02-13..2023-02-19 WEEK"),
                row("Shares rose earlier this week.", DOC, "earlier this week=2023-W09", "earlier this week", "2023-02-27..2023-03-03 PART"),
                // a weekend is its Saturday and Sunday
                row("The fair opens this weekend.", DOC, "this weekend=2023-W09-WE", "this weekend", "2023-03-04..2023-03-05 DAY"),
                // a date spelled inside a mention with no value of its own is that date; "this day in", "N years ago this week"
                row("Results are due in the early hours of Friday 26 May.", "2028-03-01", "the early hours of Friday 26 May=",
                        "26 May", "2028-05-26 DAY"),
                row("Voting stopped for a day in March 2024.", "2028-03-01", "a day in March 2024=P1D~DURATION", "March 2024",
                        "2024-03 MONTH"),
                row("It was that spring, the week before Easter.", "2020-10-09", "that spring, the week before Easter=",
                        "that spring, the week before Easter", "-"),
                row("They launched on 16 July, 50 years ago this week.", "2019-07-20", "16 July, 50 years ago this week=", "16 July",
                        "2019-07-16 DAY"),
                row("On this day in 1969 they landed.", "2019-07-20", "this day in 1969=", "this day in 1969", "1969-07-20 DAY"),
                row("It flew 50 years ago this week.", "2019-07-20", "50 years ago this week=", "50 years ago this week",
                        "1969-07-14..1969-07-20 WEEK"),
                // a winter across two years is December to February, even when the second year reads as a month
                row("The winter of 2009-10 was the coldest.", "2023-03-06", "The winter of 2009-10=2009-10", "The winter of 2009-10",
                        "2009-12-01..2010-02-28 SEASON"),
                // "the coming weekend" on a weekday is the one ahead (2023-03-06 is a Monday), not next week's
                row("Gales are due over the coming weekend.", "2023-03-06", "the coming weekend=2023-W11-WE", "the coming weekend",
                        "2023-03-11..2023-03-12 DAY"),
                row("They marched last weekend.", DOC, "last weekend=2023-W08-WE", "last weekend", "2023-02-25..2023-02-26 DAY"),
                // the side of the year or month before or after the publication date, not all of it
                row("Earlier this year the chief resigned.", DOC, "Earlier this year=2023", "Earlier this year", "2023-01-01..2023-03-03 PART"),
                row("The plant will close later this month.", DOC, "later this month=2023-03", "later this month", "2023-03-05..2023-03-31 PART"),
                // tense from the verb that governs the date, never from a "will" elsewhere in the sentence
                row("The minister, who will retire soon, met the envoy on March 1.", DOC, "March 1=2024-03-01", "March 1", "2023-03-01 DAY"),
                row("Officials said the plant closed on November 3, and it will reopen soon.", DOC, "November 3=2023-11-03", "November 3",
                        "2022-11-03 DAY"),
                row("He said the summit will be held on June 12.", DOC, "June 12=2023-06-12", "June 12", "2023-06-12 DAY"),
                row("The election will take place on January 20.", DOC, "January 20=2024-01-20", "January 20", "2024-01-20 DAY"),
                row("The book is due to be published in May.", DOC, "May=2022-05", "May", "2023-05 MONTH"),
                row("Microsoft said it has picked three firms for the program to run through June.", DOC, "June=2022-06", "June", "2023-06 MONTH"),
                row("Microsoft, which was founded in 1975, said it picked firms for the program to run through June.", DOC, "June=2022-06",
                        "June", "2023-06 MONTH"),
                row("On Friday, the minister will travel to Kabul.", DOC, "Friday=2023-03-03", "Friday", "2023-03-10 DAY"),
                row("The minister, who arrived on Monday, will travel to Kabul.", DOC, "Monday=2023-03-06", "Monday", "2023-02-27 DAY"),
                // "would" is a future seen from the past: the nearest January, not the past one "said" gives
                row("Judge Roe said the hearing would run from 8 to 26 January.", "2023-09-12", "8 to 26 January=2023-01-26",
                        "8 to 26 January", "2024-01-08..2024-01-26 DAY"),
                row("Judge Roe said the hearing ran from 8 to 26 January.", "2023-09-12", "8 to 26 January=2023-01-26",
                        "8 to 26 January", "2023-01-08..2023-01-26 DAY"),
                // a date a thing is moved to lies ahead, whatever tense the moving is told in
                row("The book festival has been rescheduled for June 7-9.", "2019-04-11", "June 7-9=2018-06-07", "June 7-9",
                        "2019-06-07..2019-06-09 DAY"),
                row("The vote was postponed until May.", DOC, "May=2022-05", "May", "2023-05 MONTH"),
                // an occasion called or set for a date lies ahead, however the calling is told
                row("Unions have called a general strike for 1 June.", "2027-05-13", "1 June=XXXX-06-01", "1 June", "2027-06-01 DAY"),
                row("The president announced a referendum for 3 October.", "2027-05-13", "3 October=XXXX-10-03", "3 October", "2027-10-03 DAY"),
                // a plan told in the past perfect may lie on either side: the nearest April, not the next one
                row("The museum had been due to open in April.", "2020-10-10", "April=2021-04", "April", "2020-04 MONTH"),
                // a coming event a past verb of arrangement names ("had agreed on a new round") and a plan told in the past
                // ("were first set for") may lie on either side of today: the nearest, not the year the past verb points to
                row("Sorensen said both sides had agreed on a new round in Brussels on 20 October.", "2028-09-29", "20 October=XXXX-10-20",
                        "20 October", "2028-10-20 DAY"),
                row("The talks were first set for 18 July but were called off.", "2028-09-29", "18 July=XXXX-07-18", "18 July",
                        "2028-07-18 DAY"),
                // "since" points back
                row("Since March, volunteers have run tours online.", "2020-10-10", "March=2021-03", "March", "2020-03 MONTH"),
                // a present-tense verb (listings, fixtures) puts a bare weekday in the coming days; "on Saturdays" is no date
                row("Tickets for Saturday are sold out.", "2019-04-11", "Saturday=2019-04-06", "Saturday", "2019-04-13 DAY"),
                row("The festival runs from Friday to Sunday.", "2019-04-11", "Friday=2019-04-05|Sunday=2019-04-07", "Friday to Sunday",
                        "2019-04-12..2019-04-14 DAY"),
                // dates10: "earlier than" compares, it tells no past
                row("Results come out on 20 June, a week earlier than in 2034.", "2035-01-09", "20 June=XXXX-06-20|2034=2034", "20 June",
                        "2035-06-20 DAY"),
                // a fixture's present verb after a past one governs what follows it
                row("Pupils went back for a term that runs until 29 March.", "2035-01-09", "29 March=XXXX-03-29", "29 March",
                        "2035-03-29 DAY"),
                row("They travel to Millbrook on Monday night.", "2025-12-27", "Monday night=2025-12-22", "Monday night", "2025-12-29 DAY"),
                row("Clinics will open on Saturdays through December.", "2021-11-03", "Saturdays=2021-11-06", "Saturdays", "-"),
                // a range of weekdays runs forward from its first day
                row("Rail operators cancelled services from Monday to Wednesday.", "2022-07-18", "Monday=2022-07-18|Wednesday=2022-07-20",
                        "Monday to Wednesday", "2022-07-18..2022-07-20 DAY"),
                // a bare weekend after a past verb is the last one; "the weekend of" takes the days that follow
                row("Wildfires broke out over the weekend.", "2022-07-18", "the weekend=2022-W29-WE", "the weekend", "2022-07-16..2022-07-17 DAY"),
                row("Wildfires broke out over the weekend.", "2022-07-17", "the weekend=2022-W28-WE", "the weekend", "2022-07-16..2022-07-17 DAY"),
                // dates8: written on a Sunday, a weekend under a future verb is the next one, not the one ending today
                row("By the weekend the wind will drop.", "2032-02-29", "the weekend=2032-W09-WE", "the weekend", "2032-03-06..2032-03-07 DAY"),
                // dates8: a date right after a reporting verb and before "would" is the reported clause's subject
                row("Forecasters said April would be drier than March.", "2032-03-29", "April=2032-04|March=2032-03", "April", "2032-04 MONTH"),
                row("Forecasters said in April that rain would return.", "2032-03-29", "April=2032-04", "April", "2031-04 MONTH"),
                // dates8: a past verb of a deed puts a season not yet begun in the year before; a reporting verb does not
                row("The striker joined the club in the summer.", "2032-01-02", "the summer=2032-SU", "the summer", "2031-06-01..2031-08-31 SEASON"),
                row("The coach said he could not wait until the summer.", "2032-01-02", "the summer=2032-SU", "the summer",
                        "2032-06-01..2032-08-31 SEASON"),
                row("\"We sell him in the summer or lose him,\" the coach said.", "2032-01-02", "the summer=2032-SU", "the summer",
                        "2032-06-01..2032-08-31 SEASON"),
                // dates8: "the rest of the week" from the publication day; on a Sunday the week ahead
                row("Showers will linger for the rest of the week.", "2032-02-25", "the week=2032-W08", "the week", "2032-02-25..2032-02-29 DAY"),
                row("Showers will linger for the rest of the week.", "2032-02-29", "the week=2032-W09", "the week", "2032-03-01..2032-03-07 DAY"),
                // dates8: a school year named from now, September to August
                // a bank holiday weekend runs to the Monday off: the coming one, the last one after a past verb
                row("Buses will replace trains over the bank holiday weekend.", "2027-08-25", "weekend=2027-W34-WE", "weekend",
                        "2027-08-28..2027-08-30 DAY"),
                row("Crowds packed the beaches over the bank holiday weekend.", "2027-09-01", "weekend=2027-W35-WE", "weekend",
                        "2027-08-28..2027-08-30 DAY"),
                row("Fees rise next academic year.", "2031-06-10", "next academic year=", "next academic year", "2031-09-01..2032-08-31 MONTH"),
                // a season named from now spans the turn of the year: from July the one under way started that year
                row("Last season the club went down.", "2030-11-10", "Last season=", "Last season", "2029-01-01..2030-12-31 YEAR"),
                row("He will stay next season.", "2023-05-19", "next season=", "next season", "2023-01-01..2024-12-31 YEAR"),
                row("Fees rose last school year.", "2031-10-01", "last school year=", "last school year", "2030-09-01..2031-08-31 MONTH"),
                // dates8: words that look like dates and name none
                row("Candidates sat the first paper in the main hall.", "2031-06-10", "sat the first=2031-06-01", "sat the first", "-"),
                row("Buses will run later on weekday evenings.", "2031-10-30", "evenings=2031-10-30TEV~TIME", "evenings", "-"),
                row("The Year 9 choir sings on Friday.", "2031-06-10", "The Year=2031|Friday=2031-06-13", "The Year", "-"),
                row("The 2029 Act caps borrowing.", "2031-06-10", "2029=2029", "2029", "-"),
                row("Borrowing was capped in 2029 by an Act.", "2031-06-10", "2029=2029", "2029", "2029 YEAR"),
                // dates10: a version's number, a building's number and a code are no dates
                row("The patch, version 10.4.12, is out.", "2033-05-19", "10.4.12=2012-04-10", "10.4.12", "-"),
                row("Its offices at 1960 Mission Street opened in 2019.", "2033-05-19", "1960=1960|2019=2019", "1960", "-"),
                row("The fix is in firmware 2033-R5.", "2033-05-19", "2033=2033", "2033", "-"),
                row("Shares rose in 2033 and fell in 2034.", "2033-05-19", "2033=2033", "2033", "2033 YEAR"),
                row("The water rose overnight on 13 September.", "2032-09-15", "overnight=2032-09-15|13 September=XXXX-09-13", "overnight", "-"),
                row("Passover begins at sundown on 13 April.", "2033-01-27", "sundown=2033-01-27|13 April=XXXX-04-13", "sundown", "-"),
                row("Open 7 days a week, 9am-6pm.", "2033-04-20", "7 days a week, 9am=2033-04-20T09:00|6pm=2033-04-20T18:00",
                        "7 days a week, 9am", "-"),
                row("Open 7 days a week, 9am-6pm.", "2033-04-20", "6pm=2033-04-20T18:00", "6pm", "-"),
                row("Prices fall by a third after the holidays.", "2033-04-20", "fall=2033-FA", "fall", "-"),
                row("Prices rise in the fall.", "2033-04-20", "fall=2033-FA", "fall", "2033-09-01..2033-11-30 SEASON"),
                row("Minutes later, a second fire broke out.", DOC, "Minutes later=2023-03-04", "Minutes later", "-"),
                row("The ferry now leaves 20 minutes later than before.", DOC, "20 minutes later=2023-03-04", "20 minutes later", "-"),
                row("Wardens will patrol every Thursday and Friday night.", DOC, "Friday night=2023-03-10TNI~TIME", "Friday night", "-"),
                row("Wardens will patrol on Friday night.", DOC, "Friday night=2023-03-10TNI~TIME", "Friday night", "2023-03-10 DAY"),
                // dates8: a weekday SUTime joins to its apposition without a value is the weekday, placed by its verb
                row("The new fares will take effect on Monday, the first day of March.", "2032-02-29",
                        "Monday, the first day of March=2032-03 INTERSECT PXD INTERSECT XXXX-WXX-1", "Monday, the first day of March", "2032-03-01 DAY"),
                // dates8: a quarter written out with "final" or "last", which SUTime leaves without a value
                row("Sales rose in the final quarter of 2029.", DOC, "the final quarter of 2029=2029 INTERSECT PXM", "the final quarter of 2029",
                        "2029-10-01..2029-12-31 MONTH"),
                row("Sales fell in the last quarter of 2028.", DOC, "the last quarter of 2028=2028 INTERSECT PXM", "the last quarter of 2028",
                        "2028-10-01..2028-12-31 MONTH"),
                // dates8: a modifier of a century is its third or half, as of a decade
                row("The mill was built in the late 18th century.", DOC, "the late 18th century=17XX", "the late 18th century",
                        "1767-01-01..1799-12-31 PART"),
                row("The chapel dates from the early 20th century.", DOC, "the early 20th century=19XX", "the early 20th century",
                        "1900-01-01..1933-12-31 PART"),
                row("The port grew in the second half of the 19th century.", DOC, "the second half of the 19th century=18XX",
                        "the second half of the 19th century", "1850-01-01..1899-12-31 PART"),
                row("The port grew in the 19th century.", DOC, "the 19th century=18XX", "the 19th century", "1800-01-01..1899-12-31 YEAR"),
                row("The fair is on over the weekend.", "2022-07-18", "the weekend=2022-W29-WE", "the weekend", "2022-07-23..2022-07-24 DAY"),
                row("The third round is the weekend of 10-11 January.", "2025-12-27", "the weekend=2025-W52-WE", "the weekend", "-"),
                // "the day" alone is a day of the story, not the publication date SUTime gives
                row("She remembers the day well.", DOC, "the day=2023-03-04", "the day", "-"),
                // "earlier in the year", of which SUTime tags only "the year"
                row("The firm cut jobs earlier in the year.", DOC, "the year=2023", "the year", "2023-01-01..2023-03-03 PART"),
                row("The firm cut jobs in the year.", DOC, "the year=2023", "the year", "2023 YEAR"),
                // a part of a week or of a decade, never the whole of it
                row("Campaigning starts at the end of next week.", DOC, "the end of next week=2023-W10", "the end of next week",
                        "2023-03-10..2023-03-12 PART"),
                row("A cooler spell is forecast for the end of the week.", DOC, "the end of the week=2023-W09", "the end of the week",
                        "2023-03-03..2023-03-05 PART"),
                row("The town shrank through the mid-1980s.", DOC, "the mid-1980s=198X", "the mid-1980s", "1983-01-01..1986-12-31 PART"),
                row("Prices fell in the late 1990s.", DOC, "the late 1990s=199X", "the late 1990s", "1997-01-01..1999-12-31 PART"),
                // "on the 18th" (JoinedDates: XXXX-XX-18): a day of the publication month, moved by the tense of its verb
                row("Farmers began harvesting on the 4th.", "2022-07-18", "the 4th=XXXX-XX-04", "the 4th", "2022-07-04 DAY"),
                row("The plant closed on the 28th.", "2022-07-18", "the 28th=XXXX-XX-28", "the 28th", "2022-06-28 DAY"),
                row("The vote will be held on the 3rd.", "2022-07-18", "the 3rd=XXXX-XX-03", "the 3rd", "2022-08-03 DAY"),
                row("The exhibition closes on the 28th.", "2019-04-11", "the 28th=XXXX-XX-28", "the 28th", "2019-04-28 DAY"),
                row("The exhibition closes on the 31st.", "2019-04-11", "the 31st=XXXX-XX-31", "the 31st", "-"),
                // a month named earlier in the day's own clause is its month; a month in another clause is not
                row("Half-term in February will run from the 15th.", "2026-12-29", "the 15th=XXXX-XX-15", "the 15th", "2027-02-15 DAY"),
                row("The fair closed in February, and the shop will reopen on the 15th.", "2026-12-29", "the 15th=XXXX-XX-15",
                        "the 15th", "2027-01-15 DAY"),
                // a day of a month written in an earlier clause of the sentence gives the month; a name "May" does not
                row("The committee meets on 3 May, a bank holiday; it moves to the 4th.", "2038-04-07", "the 4th=XXXX-XX-04",
                        "the 4th", "2038-05-04 DAY"),
                row("Mrs Justice May has adjourned the case; it will resume on the 24th.", "2038-07-01", "the 24th=XXXX-XX-24",
                        "the 24th", "2038-07-24 DAY"),
                // a clause about next summer's or next year's event looks ahead; not "next year's" as a possessive
                // (the first date is "Results day", which takes the day 19 August resolves to: nlp.EventDays)
                row("Results day next summer falls on 19 August.", "2026-12-29", "19 August=XXXX-08-19", "Results day", "2027-08-19 DAY"),
                row("The exhibition closes on the 28th.", null, "the 28th=XXXX-XX-28", "the 28th", "-"),
                // an "-ed" word after a determiner describes a noun: no past verb ("screens a restored print on Monday")
                row("The cinema screens a restored print on Monday.", "2019-04-11", "Monday=2019-04-08", "Monday", "2019-04-15 DAY"),
                row("The cinema restored a print on Monday.", "2019-04-11", "Monday=2019-04-08", "Monday", "2019-04-08 DAY"),
                // "a Tuesday" is some Tuesday, no date
                row("It was a Tuesday in spring.", DOC, "Tuesday=2023-02-28", "Tuesday", "-"),
                // a quarter or half by its code: with its year, else placed as a month without a year is
                row("The fraud peaked in Q3 2016.", DOC, "Q3 2016=~DATE", "Q3 2016", "2016-07-01..2016-09-30 MONTH"),
                row("Profit slips in Q4 as costs bite.", "2024-02-29", "Q4=~DATE", "Q4", "2023-10-01..2023-12-31 MONTH"),
                row("The company expects trading to improve in H2.", "2024-02-29", "H2=~DATE", "H2", "2024-07-01..2024-12-31 HALF"),
                row("Sales rose in H1'24.", DOC, "H1'24=~DATE", "H1'24", "2024-01-01..2024-06-30 HALF"),
                // SUTime joins a count to the relative unit after it and gives no value
                row("The court sat for only two days last week.", DOC, "two days last week=~DATE", "two days last week",
                        "2023-02-20..2023-02-26 WEEK"),
                // "this time last year" is the publication month a year back, "the last decade" the ten years to publication
                row("Polls this time last year were close.", DOC, "last year=2022", "last year", "2022-03 MONTH"),
                row("Polls last year were close.", DOC, "last year=2022", "last year", "2022 YEAR"),
                row("Turnout has fallen over the last decade.", DOC, "the last decade=202X", "the last decade", "2013-01-01..2023-12-31 YEAR"),
                // a span that ends at a date, and the week a day names
                row("Cases doubled in the four weeks to 31 October.", "2021-11-03", "31 October=2021-10-31", "the four weeks to 31 October",
                        "2021-10-04..2021-10-31 DAY"),
                row("Profit fell in the three months to December.", "2024-02-29", "December=2023-12", "the three months to December",
                        "2023-10-01..2023-12-31 MONTH"),
                row("The rise began in the week of 11 October.", "2021-11-03", "the week of 11 October=~DATE", "the week of 11 October",
                        "2021-10-11..2021-10-17 WEEK"),
                row("Data for the week ending 7 November is out.", "2021-11-03", "the week=2021-W44|7 November=2021-11-07",
                        "the week ending 7 November", "2021-11-01..2021-11-07 DAY"),
                // a holiday without a year is placed by its verb, Easter by the computus; "Easter weekend" is its Saturday and Sunday
                row("Lawyers expect a verdict by Easter.", "2023-09-12", "Easter=2023-04-09", "Easter", "2024-03-31 DAY"),
                row("The shop closed at Easter.", "2023-09-12", "Easter=2023-04-09", "Easter", "2023-04-09 DAY"),
                row("Rovers won on Boxing Day.", "2025-12-27", "Boxing Day=~DATE", "Boxing Day", "2025-12-26 DAY"),
                row("Rovers will play on Boxing Day.", "2025-03-16", "Boxing Day=~DATE", "Boxing Day", "2025-12-26 DAY"),
                row("The squad had trained on Christmas Day.", "2026-01-02", "Christmas Day=2026-12-25", "Christmas Day", "2025-12-25 DAY"),
                row("Over Easter weekend the gallery is open.", "2019-04-11", "weekend=2019-W15-WE", "weekend", "2019-04-20..2019-04-21 DAY"),
                // Holy Week and Easter weekdays are days of that Easter, not the nearest Friday or Monday; "bank holiday
                // Monday" the English bank holiday its verb points to; "Friday evenings" every one
                row("The grounds are open from Good Friday.", "2027-03-14", "Good Friday=2027-03-19", "Good Friday", "2027-03-26 DAY"),
                row("The shop shut on Easter Monday.", "2027-05-02", "Monday=2027-04-26", "Monday", "2027-03-29 DAY"),
                row("The museum opens on bank holiday Monday.", "2027-03-14", "Monday=2027-03-15", "Monday", "2027-03-29 DAY"),
                row("Crowds packed the beach on bank holiday Monday.", "2027-09-10", "Monday=2027-09-06", "Monday", "2027-08-30 DAY"),
                row("Screenings are on Friday evenings.", DOC, "Friday evenings=2023-03-10TEV", "Friday evenings", "-"),
                row("The fair is on the first weekend of June.", "2027-03-14", "the first weekend of June=~DATE", "the first weekend of June",
                        "2027-06-05..2027-06-06 DAY"),
                // a date an appointment is moved to lies ahead; "set for", "adjourned until" and "should" look ahead; a
                // plural subject's present verb of a fixture ("Rovers return on Saturday") points to the coming day
                row("The meeting has since been moved to Friday.", "2027-05-14", "Friday=2027-05-14", "Friday", "2027-05-21 DAY"),
                row("The advisory lists a conference call for Friday.", "2033-05-19", "Friday=2033-05-20", "Friday", "2033-05-20 DAY"),
                row("The company celebrated Lunar New Year with a dinner.", "2033-01-27", "New Year=2033-01-01", "New Year", "-"),
                row("The office reopens after New Year.", "2032-12-20", "New Year=2033-01-01", "New Year", "2033-01-01 DAY"),
                row("Flights run daily until 28 October.", "2033-04-20", "28 October=XXXX-10-28", "28 October", "2033-10-28 DAY"),
                row("Freshers' week has been moved forward to 12-16 September.", "2032-08-30", "16 September=XXXX-09-16", "12-16 September",
                        "2032-09-12..2032-09-16 DAY"),
                row("A hearing has been set for 17 May.", "2027-03-10", "17 May=XXXX-05-17", "17 May", "2027-05-17 DAY"),
                row("The work should be under way by early December.", "2027-09-23", "early December=XXXX-12", "early December",
                        "2027-12-01..2027-12-10 PART"),
                row("Rovers return from the break on Saturday.", "2027-01-08", "Saturday=2027-01-02", "Saturday", "2027-01-09 DAY"),
                // a rule or sale that starts on a day, and "move(s)", are fixture verbs too
                row("The new fares take effect on Monday.", "2027-05-12", "Monday=2027-05-10", "Monday", "2027-05-17 DAY"),
                row("The ban comes into force on Friday.", "2027-05-12", "Friday=2027-05-07", "Friday", "2027-05-14 DAY"),
                row("The market moves to Sunday.", "2027-05-12", "Sunday=2027-05-09", "Sunday", "2027-05-16 DAY"),
                row("The big move on Monday angered staff.", "2027-05-12", "Monday=2027-05-10", "Monday", "2027-05-10 DAY"),
                // a clause with no verb of its own (an apposition, "with X on Friday") takes the present verb before it
                row("Bin rounds move by a day, with the last round on Tuesday.", "2031-04-02", "Tuesday=2031-04-01",
                        "Tuesday", "2031-04-08 DAY"),
                row("The awards dinner is at the Grand, a hotel in Leeds, on Saturday.", "2027-05-12", "Saturday=2027-05-08", "Saturday",
                        "2027-05-15 DAY"),
                row("The awards dinner was at the Grand, a hotel in Leeds, on Saturday.", "2027-05-12", "Saturday=2027-05-08", "Saturday",
                        "2027-05-08 DAY"),
                // the clause opening the sentence has its own verb, even one no cue knows: a later present is no fixture's
                row("A ferry sank off Vessa on Saturday night with 214 aboard, and at least 31 are dead.", "2027-05-12",
                        "Saturday=2027-05-08", "Saturday", "2027-05-08 DAY"),
                // what people "are told" or "have been asked" to do is still to come; "were told to" is told of the past
                row("Drivers have been told to avoid the bridge on Sunday.", "2027-05-12", "Sunday=2027-05-09", "Sunday", "2027-05-16 DAY"),
                row("Drivers were told to avoid the bridge on Sunday.", "2027-05-12", "Sunday=2027-05-09", "Sunday", "2027-05-09 DAY"),
                // an infinitive is no fixture verb: "were allowed to return" is past
                row("Residents were allowed to return at 11 p.m. on Monday.", "2026-03-03", "11 p.m. on Monday=2026-03-09T23:00",
                        "11 p.m. on Monday", "2026-03-02 DAY"),
                // a listing's present verb puts a month-day ahead, not at the nearest one behind; a season naming a fixture
                // of the calendar ("the winter break") is no date
                row("This year's parade takes place on 30 October.", "2027-03-14", "30 October=XXXX-10-30", "30 October", "2027-10-30 DAY"),
                row("The parade was held on 30 October.", "2027-03-14", "30 October=XXXX-10-30", "30 October", "2026-10-30 DAY"),
                // "week 51" is the ISO week of that number; "week 3 of the season" no calendar week
                row("In week 51, 4,200 people were admitted.", "2026-12-28", "week=P1W~DURATION|51=#", "week 51", "2026-12-14..2026-12-20 WEEK"),
                row("The campaign began in week 34.", "2027-01-05", "week=P1W~DURATION|34=#", "week 34", "2026-08-17..2026-08-23 WEEK"),
                row("Rovers are back from the winter break.", "2027-01-08", "winter=2027-WI", "winter", "-"),
                // so are a season's or a holiday's school holidays, break or election
                row("Posts were advertised after the summer holidays.", "2026-12-29", "summer=2026-SU", "summer", "-"),
                row("Schools reopen after the Christmas break.", "2026-12-29", "Christmas=2026-12-25", "Christmas", "-"),
                row("It was the first winter poll since 1923.", "2028-03-01", "winter=2028-WI", "winter", "-"),
                // a modifier keeps a season's part: its last month, its first
                row("A deal is hoped for by the end of the summer.", "2027-06-11", "summer=2027-SU", "summer", "2027-08-01..2027-08-31 SEASON"),
                row("Planting starts in early spring.", "2027-01-11", "spring=2027-SP", "spring", "2027-03-01..2027-03-31 SEASON"),
                row("Shops open until Christmas.", "2026-11-29", "Christmas=2026-12-25", "Christmas", "2026-12-25 DAY"),
                row("The grounds close in the winter.", "2027-01-08", "winter=2027-WI", "winter", "2027-12-01..2028-02-29 SEASON"),
                // a count of things "in" a count of days is a rate, no date ahead
                // a clock time of every day is no date
                row("The gallery is open daily from 10am.", DOC, "10am.=2023-03-04T10:00~TIME", "10am.", "-"),
                row("The gallery opens at 10am tomorrow.", DOC, "10am tomorrow=2023-03-05T10:00~TIME", "10am tomorrow", "2023-03-05 DAY"),
                row("Rovers face three games in eight days.", DOC, "eight days=P8D~DURATION", "eight days", "-"),
                row("Rovers face Dunmore in eight days.", DOC, "eight days=P8D~DURATION", "eight days", "2023-03-12 DAY"),
                // an obligation and an adjectival "due" look ahead; "was due" does not; an adverb keeps the auxiliary's tense
                row("Councils must report their progress by Friday.", "2022-01-04", "Friday=2021-12-31", "Friday", "2022-01-07 DAY"),
                row("Residents have to register by Friday.", "2022-01-04", "Friday=2021-12-31", "Friday", "2022-01-07 DAY"),
                row("U.S. jobs data due on Friday could move markets, traders said.", "2025-03-03", "Friday=2025-02-28", "Friday",
                        "2025-03-07 DAY"),
                row("The report was due on Friday.", "2025-03-03", "Friday=2025-03-07", "Friday", "2025-02-28 DAY"),
                row("The decision will be formally recorded on the 29th.", "2023-06-08", "the 29th=XXXX-XX-29", "the 29th",
                        "2023-06-29 DAY"),
                // the verb before an apposition governs the date after it
                row("Khalil will meet the minister, Ann Lee, on Tuesday.", "2026-10-19", "Tuesday=2026-10-13", "Tuesday", "2026-10-20 DAY"),
                row("Khalil met the minister, Ann Lee, on Tuesday.", "2026-10-19", "Tuesday=2026-10-13", "Tuesday", "2026-10-13 DAY"),
                // a clock time before a weekday names no day: the weekday is placed by its verb
                row("Hollis admitted defeat at about 11:00 p.m. on Sunday.", "2026-10-05", "about 11:00 p.m. on Sunday=2026-10-11T23:00",
                        "about 11:00 p.m. on Sunday", "2026-10-04 DAY"),
                row("The polls will close at 8 p.m. on Sunday.", "2026-10-05", "8 p.m. on Sunday=2026-10-11T20:00",
                        "8 p.m. on Sunday", "2026-10-11 DAY"),
                // "would" with a weekday: the nearer one, either side of the document date
                row("The ministry said Khalil would return to Amman on Thursday.", "2026-10-19", "Thursday=2026-10-15", "Thursday", "2026-10-22 DAY"),
                row("The ministry said Khalil would return to Amman on Thursday.", "2026-10-23", "Thursday=2026-10-22", "Thursday", "2026-10-22 DAY"),
                // a season without a year is placed by its verb, as a month is
                row("Howard is expected to visit Dublin in the spring.", "2026-11-12", "the spring=2026-SP", "the spring", "2027-03-01..2027-05-31 SEASON"),
                row("Ferrand said they could not wait until the autumn.", "2025-03-16", "the autumn=2025-FA", "the autumn", "2025-09-01..2025-11-30 SEASON"),
                row("The harvest is small after a wet spring.", "2026-10-12", "spring=2026-SP", "spring", "2026-03-01..2026-05-31 SEASON"),
                // British "Friday week": a week after the coming Friday
                row("Objectors have until Friday week to comment.", "2023-06-08", "Friday=2023-06-02", "Friday", "2023-06-16 DAY"),
                row("A century ago the town's population peaked.", "2021-09-26", "A century ago=1921-09-26", "A century ago", "1921 YEAR"),
                // a moment of a match, an ordinal that opens a name and a kind of session are no date
                row("Osei scored in the 89th minute.", DOC, "the 89th minute=2023-03-04", "the 89th minute", "-"),
                // an ordinal day counted from an event is no day of the calendar; with a month after it, it is one
                row("The crew turned back on the 99th day of the expedition.", DOC, "the 99th day=2023-06-10", "the 99th day", "-"),
                row("Jurors heard from him on the third day of the trial.", DOC, "the third day=2023-03-06", "the third day", "-"),
                row("Rain will spread on the first day of March.", DOC, "the first day=2023-03-01", "the first day", "2023-03-01 DAY"),
                row("Decline set in after the Second World War.", DOC, "the Second=2023-03-04", "the Second", "-"),
                row("Councillors throw out plan after late-night session", DOC, "night=2023-03-04TNI~TIME", "night", "-"),
                row("Councillors met last night.", DOC, "last night=2023-03-03TNI~TIME", "last night", "2023-03-03 DAY"),
                // found on real pages: a quarter-century is no quarter; a night of the story ("the first night") and a part
                // of a day told after it ("the morning of the 18th") are not today
                row("Fisheries recovered over the last quarter-century.", DOC, "the last quarter=2022-Q4", "the last quarter", "-"),
                row("The first night I did it, I thought I would die.", DOC, "night=2023-03-04TNI~TIME", "night", "-"),
                row("She wakes up the morning of the 18th, alive.", DOC, "morning=2023-03-04TMO~TIME", "morning", "-"),
                row("She woke early in the morning.", DOC, "morning=2023-03-04TMO~TIME", "morning", "2023-03-04 DAY"),
                // an untensed weekday is the day the same weekday names under a tensed verb elsewhere in the article
                // a month's name inside a name is no date ("May Day" is one); "within the fortnight" runs from now
                row("The Theatre Royal's May Queen gala runs on Friday.", DOC, "May=2023-05", "May", "-"),
                row("The March Hare ran in March.", DOC, "March=2023-03|March=2023-03", "March", "-"),
                row("Crowds gathered for the May Day parade.", "2023-05-03", "May Day=2023-05-01", "May Day", "2023-05-01 DAY"),
                row("In May Johnson resigned.", "2023-09-01", "May=2023-05", "May", "2023-05 MONTH"),
                row("Ministers will decide within the fortnight.", "2023-06-08", "the fortnight=2023-06-01/2023-06-15", "the fortnight",
                        "2023-06-08..2023-06-22 DAY"),
                // SUTime's values without days: a week of a month, a week by a holiday, a frequency joined to its date
                row("Pre-season training starts in the first week of July.", "2023-05-19", "the first week of July=XXXX-07 INTERSECT P1W-#1",
                        "the first week of July", "2023-07-01..2023-07-07 DAY"),
                row("Sales fell in the last week of December.", "2023-05-19", "the last week of December=XXXX-12 INTERSECT P1W-#1",
                        "the last week of December", "2022-12-25..2022-12-31 DAY"),
                row("Collections fell behind in the week before Christmas.", "2022-01-04", "the week before Christmas=THIS P1W INTERSECT XXXX-12-25",
                        "the week before Christmas", "2021-12-18..2021-12-24 DAY"),
                row("Tips will open seven days a week from 10 January.", "2022-01-04", "seven days a week from 10 January=2022-01-17 INTERSECT P7D",
                        "10 January", "2022-01-10 DAY"),
                row("Rovers head to Wembley for Saturday's final. Rovers will play in Saturday's final.", "2023-05-19",
                        "Saturday=2023-05-13|Saturday=2023-05-20", "Saturday", "2023-05-20 DAY"),
                row("Rovers head to Wembley for Saturday's final. Rovers lost Saturday's final.", "2023-05-19",
                        "Saturday=2023-05-13|Saturday=2023-05-20", "Saturday", "2023-05-13 DAY"),
                // dates6: a weekday with its day and month lies in the year in which it is that weekday
                row("The hearing was rearranged for Wednesday 18 December.", "2030-11-10", "Wednesday 18 December=2030-12-18",
                        "Wednesday 18 December", "2030-12-18 DAY"),
                // "a year since 2019" is 2019, not the year after it that SUTime counts
                row("It was the best start to a year since 2019.", "2031-01-20", "a year since 2019=2020", "2019", "2019 YEAR"),
                row("Homes approved: more than in any year since 2016.", "2030-12-31", "year since 2016=2017", "2016", "2016 YEAR"),
                // a length of time from a date is the date, not the day the length ends
                row("The trial is listed for five days from 9 June.", "2031-01-01", "five days from 9 June=2031-06-14", "9 June", "2031-06-09 DAY"),
                row("Stocks grew in the first three weeks of January.", "2031-02-10", "the first three weeks of January=2031-01 INTERSECT P3W",
                        "the first three weeks of January", "2031-01-01..2031-01-21 DAY"),
                // the nth weekday of a month is that weekday (SUTime's 2030 reading, a Wednesday, is not)
                row("Its dinner falls on the fourth Thursday of November.", "2031-02-13", "the fourth Thursday of November=2031-11-27",
                        "the fourth Thursday of November", "2030-11-28 DAY"),
                row("The society holds its dinner on the fourth Thursday of November.", "2031-02-13",
                        "the fourth Thursday of November=2031-11-27", "the fourth Thursday of November", "2031-11-27 DAY"),
                row("Crowds are expected this Labor Day weekend.", "2030-08-28", "this Labor Day weekend=2030-09-02", "this Labor Day weekend",
                        "2030-08-31..2030-09-02 DAY"),
                row("The club will host an evening of jazz.", "2031-02-13", "evening=2031-02-13TEV~TIME", "evening", "-"),
                row("The spring exhibition opens soon.", "2031-02-13", "spring=2031-SP", "spring", "-"),
                row("Prices have risen since the new year.", "2030-07-16", "new year=2031-01-01", "new year", "2030 YEAR"),
                row("He hopes to be cleared in the new year.", "2030-11-20", "new year=2031-01-01", "new year", "2031 YEAR"),
                row("She opens the shop at 6 a.m., five days a week.", "2030-05-24", "6 a.m.=2030-05-24T06:00~TIME", "6 a.m.", "-"),
                row("A plant will open later this decade.", "2031-06-21", "later this decade=203X", "later this decade", "2031-06-22..2039-12-31 PART"),
                // a present verb of a fixture looks ahead for a holiday or a season as for a month
                row("The season closes with carols on Christmas Eve.", "2031-02-13", "Christmas Eve=2031-12-24", "Christmas Eve", "2031-12-24 DAY"),
                // an occasion "already sold out" is still to come; "sold out" told in the past is not
                row("The carol concert on Christmas Eve is already sold out.", "2027-03-14", "Christmas Eve=2027-12-24", "Christmas Eve",
                        "2027-12-24 DAY"),
                row("The carol concert on Christmas Eve sold out within hours.", "2027-03-14", "Christmas Eve=2027-12-24", "Christmas Eve",
                        "2026-12-24 DAY"),
                row("The consultation closes by the spring.", "2030-07-16", "spring=2030-SP", "spring", "2031-03-01..2031-05-31 SEASON"),
                // "that" before a past verb and its object is a relative pronoun: the verb governs the date
                row("Work that closed the hall in January is due to end soon.", "2031-02-13", "January=2031-01", "January", "2031-01 MONTH"),
                // one article's Christmas Eve is one day; "Good Friday" is no bare Friday to agree with another
                row("Carols on Christmas Eve\n\nThe season closes with carols on Christmas Eve.", "2031-02-13",
                        "Christmas Eve=2030-12-24|Christmas Eve=2031-12-24", "Christmas Eve", "2031-12-24 DAY"),
                row("Tickets for the Good Friday concert cost £15. The choir sang on Friday.", "2031-02-13",
                        "Good Friday=2031-04-11|Friday=2031-02-07", "Good Friday", "2031-04-11 DAY"),
                // a participle after "will have" is the future's; a futures contract's month is the one to come
                row("He will have his case heard in March, the court said.", "2031-01-01", "March=2031-03", "March", "2031-03 MONTH"),
                row("Crude for the March contract stood at $71.", "2031-01-20", "March=2030-03", "March", "2031-03 MONTH"),
                row("The index has gained 6% year to date.", "2031-01-20", "year to date=", "year to date", "2031-01-01..2031-01-20 PART"),
                // a month or a holiday under "would" is a future seen from the past: ahead of the report, not the one gone;
                // "would have" is a past that did not happen
                row("The mayor said he would lead a return visit to the town in June.", "2030-12-05", "June=2030-06", "June",
                        "2031-06 MONTH"),
                row("She said the choir would sing again at Easter.", "2030-09-10", "Easter=2030-04-21", "Easter", "2031-04-13 DAY"),
                row("Without the strike the plant would have reopened in June.", "2030-12-05", "June=2030-06", "June", "2030-06 MONTH"),
                // a holiday naming a kind of thing, when the sentence dates the day: no date; alone it keeps its date
                row("The guests will join the Christmas lights switch-on on Saturday.", "2030-12-05",
                        "Christmas=2030-12-25|Saturday=2030-12-07", "Christmas", "-"),
                row("The school holds the Easter egg hunt on 12 April.", "2031-02-13", "Easter=2031-04-13|12 April=2031-04-12", "Easter", "-"),
                // "ended the week" (month, year) after a past verb of ending: the one just ended, this one only at its very end
                row("The pound ended the week at $1.31.", "2031-01-20", "the week=2031-W04", "the week", "2031-01-13..2031-01-19 WEEK"),
                row("The pound ended the week at $1.31.", "2031-01-24", "the week=2031-W04", "the week", "2031-01-20..2031-01-26 WEEK"),
                row("Shares closed the month lower.", "2031-03-03", "the month=2031-03", "the month", "2031-02 MONTH"),
                row("The index finished the year up 4%.", "2031-01-02", "the year=2031", "the year", "2030 YEAR"),
                row("The Christmas Eve carol concert takes place at the cathedral.", "2030-12-05", "Christmas Eve=2030-12-24", "Christmas Eve",
                        "2030-12-24 DAY"));
    }

    /** A clause with its own subject and present verb is not governed by the past clause before it. */
    @Test
    void aWeekdayInAClauseWithItsOwnPresentVerbIsAhead() {
        String text = "Last week the panel heard evidence, and it sits again on Wednesday.";
        List<ResolvedDate> dates = resolver.resolve(text, raw(text, "Last week=2030-W28|Wednesday=2030-07-17"), LocalDate.parse("2030-07-16"));
        assertEquals("2030-07-17", dates.get(1).range().toString());
    }

    @Test
    void thatSeasonIsTheSeasonOfTheYearTheStoryIsIn() {
        String text = "The fire broke out in the spring of 2026. That autumn the council served a notice.";
        List<ResolvedDate> dates = resolver.resolve(text, raw(text, "the spring of 2026=2026-SP|autumn=2031-FA"), LocalDate.parse("2031-01-01"));
        assertEquals("That autumn", dates.get(1).text());
        assertEquals("2026-09-01..2026-11-30", dates.get(1).range().toString());
    }

    @Test
    void thatMonthIsTheMonthOfTheYearTheStoryIsIn() {
        String text = "Summer 1962: graduates, and marries Samuel Olu that August.";
        List<ResolvedDate> dates = resolver.resolve(text, raw(text, "Summer 1962=1962-SU|August=2033-08"), LocalDate.parse("2033-10-05"));
        assertEquals("that August", dates.get(1).text());
        assertEquals("1962-08", dates.get(1).range().toString());
    }

    @Test
    void plannedForAndValidFromLookAhead() {
        String text = "A memorial service is planned for the spring.";
        assertEquals("2034-03-01..2034-05-31", resolver.resolve(text, raw(text, "spring=2033-SP"), LocalDate.parse("2033-10-05"))
                .get(0).range().toString());
        String warning = "The Met Office has issued a warning, valid from 6pm Tuesday.";
        assertEquals("2033-11-15", resolver.resolve(warning, raw(warning, "6pm Tuesday=2033-11-15T18:00~TIME"), LocalDate.parse("2033-11-14"))
                .get(0).range().toString());
    }

    private static Arguments row(String sentence, String doc, String mentions, String span, String expected) {
        return Arguments.of(sentence, doc, mentions, span, expected);
    }

    @Test
    void aNumberInASizeAVagueReferenceAndALoneConnectorNameNoDate() {
        String size = "It has a resolution of 1800 x 1920 per eye, and 3840×2160 screens.";
        assertEquals(List.of(true, true, true, true), raw(size, "1800=1800|1920=1920|3840=3840|2160=2160").stream()
                .map(m -> DateResolver.namesNoDate(size, m)).toList());
        String years = "Between 1800 and 1920 x-rays were unknown; in 2019 prices rose.";
        assertEquals(List.of(false, true, false, false), raw(years, "1800=1800|and=1920|1920=1920|2019=2019").stream()
                .map(m -> DateResolver.namesNoDate(years, m)).toList());
        String codes = "A GTX 1080 card, RFC 2119 words, TIFF 2019 and a U.S. 2020 vote; by 2100 and in 1066.";
        assertEquals(List.of(true, true, false, false, false, false), raw(codes, "1080=1080|2119=2119|2019=2019|2020=2020|2100=2100|1066=1066")
                .stream().map(m -> DateResolver.namesNoDate(codes, m)).toList());
        String words = "A march on the capital may start in May; the march ends in March, the august body said.";
        assertEquals(List.of(true, false, true, false, true), raw(words, "march=2023-03|May=2023-05|march=2024-03|March=2023-03|august=2023-08")
                .stream().map(m -> DateResolver.namesNoDate(words, m)).toList());
        String vague = "It is now clear.";
        assertTrue(DateResolver.namesNoDate(vague, raw(vague, "now=PRESENT_REF").get(0)));
    }

    @Test
    void midnightAloneIsTheStorysDayAndAfterMidnightTheDayAfter() {
        LocalDate monday = LocalDate.parse("2023-03-06");
        String after = "Police were called to the bar on Friday. A fight broke out shortly after midnight.";
        assertEquals("2023-03-04", resolver.resolve(after, raw(after, "Friday=2023-03-03|midnight=2023-03-06T00:00~TIME"), monday)
                .get(1).range().toString());
        String past = "The council met on Friday, and the debate ran past midnight.";
        assertEquals("2023-03-04", resolver.resolve(past, raw(past, "Friday=2023-03-03|midnight=2023-03-06T00:00~TIME"), monday)
                .get(1).range().toString());
        String before = "Police were called to the bar on Friday. A fight broke out just before midnight.";
        assertEquals("2023-03-03", resolver.resolve(before, raw(before, "Friday=2023-03-03|midnight=2023-03-06T00:00~TIME"), monday)
                .get(1).range().toString());
    }

    @Test
    void weekNumbersInATextThatNumbersItsDaysAreAProtocolsWeeks() {
        LocalDate doc = LocalDate.parse("2031-05-14");
        String trial = "By week 8 most patients had improved, and by day 14 the first results were in.";
        assertNull(RelativeDates.weekNumber(trial, raw(trial, "week=P1W~DURATION").get(0), doc));
        String calendar = "By week 8 most schools had closed, and the first results were in.";
        assertEquals("2031-02-17..2031-02-23", RelativeDates.weekNumber(calendar, raw(calendar, "week=P1W~DURATION").get(0), doc).toString());
    }

    @Test
    void aPartOfTheDayAloneIsTheDayTheStoryIsTelling() {
        String text = "The minister arrived in Nairobi on Thursday. In the afternoon she met the president, and at 11.30 she laid a wreath.";
        List<ResolvedDate> dates = resolver.resolve(text, raw(text, "Thursday=2023-03-02|In the afternoon=2023-03-04TAF|11.30=2023-03-04T11:30"),
                LocalDate.parse(DOC));
        assertEquals(List.of("2023-03-02", "2023-03-02", "2023-03-02"), dates.stream().map(d -> d.range().start().toString()).toList());
        // "this morning" names today, whatever day the story told before
        String today = "The minister arrived in Nairobi on Thursday. She left this morning.";
        assertEquals("2023-03-04", resolver.resolve(today, raw(today, "Thursday=2023-03-02|this morning=2023-03-04TMO"), LocalDate.parse(DOC))
                .get(1).range().start().toString());
    }

    @ParameterizedTest(name = "{0} [{1}] → {4}")
    @MethodSource("phrases")
    void resolvesPhraseAgainstDocumentDate(String sentence, String doc, String mentions, String span, String expected) {
        LocalDate docDate = doc == null ? null : LocalDate.parse(doc);
        List<ResolvedDate> dates = resolver.resolve(sentence, raw(sentence, mentions), docDate);
        ResolvedDate first = dates.get(0);
        assertEquals(span, first.text(), "span");
        assertEquals(span, sentence.substring(first.start(), first.end()), "offsets");
        assertEquals(expected, first.range() == null ? "-" : first.range() + " " + first.range().precision());
        assertFalse(first.publicationDate(), "an event sentence's date is not the publication date");
    }

    /** Builds RawMentions the way SUTime reports them, located by string search left to right. */
    static List<RawMention> raw(String sentence, String spec) {
        List<RawMention> out = new ArrayList<>();
        int from = 0;
        for (String part : spec.split("\\|")) {
            int eq = part.lastIndexOf('=');
            String surface = part.substring(0, eq);
            String value = part.substring(eq + 1);
            int at = sentence.indexOf(surface, from);
            if (at < 0) throw new IllegalArgumentException(surface + " not in " + sentence);
            from = at + surface.length();
            if (value.equals("#")) {
                out.add(new RawMention(at, from, surface, null, "NUMBER", null, null));
            } else {
                String timexType = value.contains("~") ? value.substring(value.indexOf('~') + 1) : "DATE";
                String v = value.contains("~") ? value.substring(0, value.indexOf('~')) : value;
                out.add(new RawMention(at, from, surface, EntityType.DATE, timexType, timexType, v));
            }
        }
        return out;
    }

    @Test
    void aComingWeekdayWithinAComingEventsDaysIsThatEventsDay() {
        // published Saturday 4 March 2023; the visit is Monday 13 to Tuesday 14 March
        String visit = "The minister will travel to Halvik on March 13-14 for talks, the ministry said on Thursday.\n\n"
                + "She is expected to meet the premier before returning home on Tuesday evening.";
        List<ResolvedDate> dates = resolver.resolve(visit, raw(visit, "March=2023-03|13-14=#|Thursday=2023-03-02|Tuesday=2023-03-07"),
                LocalDate.parse(DOC));
        assertEquals("2023-03-13..2023-03-14", dates.get(0).range().toString());
        assertEquals("2023-03-02", dates.get(1).range().toString(), "the report's own past Thursday stays");
        assertEquals("2023-03-14", dates.get(2).range().toString(), "the Tuesday of the visit, not the first after publication");

        // "this Sunday" is the publication week's, even after a coming event's days
        assertEquals("2019-04-14", secondDate("The festival has been rescheduled for June 7-9. The season will be announced this Sunday.",
                "June 7-9=2019-06-07|this Sunday=2019-04-14", "2019-04-11"));
        // a weekday outside the event's days, "next" before it, or two sentences away keeps its own week
        assertEquals("2023-03-10", secondDate("The summit runs March 13-14. Ministers will prepare it on Friday.",
                "March=2023-03|13-14=#|Friday=2023-03-10"));
        assertEquals("2023-03-07", secondDate("The summit runs March 13-14. The delegates leave next Tuesday.",
                "March=2023-03|13-14=#|next Tuesday=2023-03-07"));
        assertEquals("2023-03-07", secondDate("The summit runs March 13-14. Talks went well. Aides will return on Tuesday.",
                "March=2023-03|13-14=#|Tuesday=2023-03-07"));
        // a past event's days do not anchor a coming weekday, nor does a span longer than a week
        assertEquals("2023-03-07", secondDate("The summit ran February 27-28. Aides will return on Tuesday.",
                "February=2023-02|27-28=#|Tuesday=2023-03-07"));
        assertEquals("2023-03-07", secondDate("The fair runs March 6-20. Aides will return on Tuesday.",
                "March=2023-03|6-20=#|Tuesday=2023-03-07"));
    }

    @Test
    void weekdaysToldInThePresentAfterNextWeekAreThatWeeksDays() {
        // published Friday 10 March 2023: next week is 13-19 March
        String doc = "2023-03-10";
        String plan = "Next week the envoy travels to Oslo. On Wednesday she meets the premier.\n\nShe flies home on Saturday.";
        List<ResolvedDate> dates = resolver.resolve(plan, raw(plan, "Next week=2023-W11|Wednesday=2023-03-08|Saturday=2023-03-11"),
                LocalDate.parse(doc));
        assertEquals("2023-03-15", dates.get(1).range().toString(), "next week's Wednesday, not this week's");
        assertEquals("2023-03-18", dates.get(2).range().toString(), "next week's Saturday, not tomorrow");
        // a range of weekdays moves whole
        assertEquals("2023-03-15..2023-03-17", secondDate("Next week the envoy travels to Oslo. From Wednesday to Friday officials hold talks.",
                "Next week=2023-W11|Wednesday=2023-03-08|Friday=2023-03-10", doc));
        // a past verb keeps its weekday; another date outside the week, or the week in the past, ends the reach
        assertEquals("2023-03-08", secondDate("Next week the envoy travels to Oslo. On Wednesday she said she was ready.",
                "Next week=2023-W11|Wednesday=2023-03-08", doc));
        assertEquals("2023-03-11", resolver.resolve("Next week the envoy travels to Oslo. Talks opened on 2 March. She returns on Saturday.",
                raw("Next week the envoy travels to Oslo. Talks opened on 2 March. She returns on Saturday.",
                        "Next week=2023-W11|2 March=2023-03-02|Saturday=2023-03-11"), LocalDate.parse(doc)).get(2).range().toString());
        assertEquals("2023-03-11", secondDate("Last week the envoy travelled to Oslo. She returns on Saturday.",
                "Last week=2023-W09|Saturday=2023-03-11", doc));
    }

    @Test
    void aWeekdayRangeWithClockTimesRunsForwardFromItsFirstDay() {
        // published Wednesday 8 March 2023: "until 05:00 on Monday" is the Monday after that Friday, not last Monday
        String text = "The line will close from 22:00 on Friday until 05:00 on Monday.";
        List<ResolvedDate> dates = resolver.resolve(text, raw(text, "22:00 on Friday=2023-03-10T22:00|05:00 on Monday=2023-03-06T05:00"),
                LocalDate.parse("2023-03-08"));
        assertEquals("2023-03-10..2023-03-13", dates.get(0).range().toString());
    }

    @Test
    void theNextDayIsTheDayAfterTheLastDayTheStoryDated() {
        String text = "On 13 May 2008 the emperor arrived in Reykjavik. The next day he visited a plant. A day later he left. "
                + "The day before the summit he rested. The ruling came two days later than planned.";
        List<ResolvedDate> dates = resolver.resolve(text, raw(text, "13 May 2008=2008-05-13|The next day=2028-05-13"
                + "|A day later=P1D~DURATION|The day before=2028-05-11|two days later=P2D~DURATION"), LocalDate.parse("2028-05-12"));
        assertEquals("2008-05-14", dates.get(1).range().toString());
        assertEquals("2008-05-15", dates.get(2).range().toString());
        assertFalse(dates.get(3).range() != null && dates.get(3).range().toString().equals("2008-05-14"),
                "the day before the summit is counted from the summit, not from the story's last day");
        assertNull(dates.get(4).range(), "two days later than planned is a comparison, no day");
        // "the day before" followed by "and", not by what it is counted from, is the day before the story's last day
        String before = "The envoy was turned back on Wednesday. She had flown to Mae Sot the day before and waited.";
        assertEquals("2030-06-18", resolver.resolve(before, raw(before, "Wednesday=2030-06-19|the day before=2030-06-19"),
                LocalDate.parse("2030-06-20")).get(1).range().toString());
        String after = "The envoy was turned back on Wednesday. She flew home the day after she was refused.";
        assertNotEquals("2030-06-20", resolver.resolve(after, raw(after, "Wednesday=2030-06-19|the day after=2030-06-21"),
                LocalDate.parse("2030-06-20")).get(1).range().toString(), "the day after she was refused: counted from that");
    }

    @Test
    void aMonthDayAfterADateOfANamedPastYearIsInThatYear() {
        String doc = "2028-05-12";
        assertEquals("2008-05-15", secondDate("On 13 May 2008 the emperor arrived. The visit ended in Akureyri on 15 May.",
                "13 May 2008=2008-05-13|15 May=XXXX-05-15", doc));
        assertEquals("2008-03-02", secondDate("The envoy arrived on 1 March 2008. On 2 March he met the king.",
                "1 March 2008=2008-03-01|2 March=XXXX-03-02", doc));
        // a future verb, a year alone, or a past day two sentences back leaves the publication year's reading
        assertEquals("2028-05-15", secondDate("On 13 May 2008 the emperor arrived. The embassy will hold a reception on 15 May.",
                "13 May 2008=2008-05-13|15 May=XXXX-05-15", doc));
        assertEquals("2028-03-02", secondDate("In 2008 the envoy travelled widely. On 2 March he met the king.",
                "2008=2008|2 March=XXXX-03-02", doc));
        assertEquals("2028-03-02", secondDate("The envoy arrived on 1 March 2008. Times changed. On 2 March he met the king.",
                "1 March 2008=2008-03-01|2 March=XXXX-03-02", doc));
    }

    @Test
    void aClosingAttributionDoesNotGovernTheVerblessClauseBeforeIt() {
        String ahead = "The firm will pay a dividend on 2 May, with a record date of 23 March, the company said on Monday.";
        String spec = "2 May=XXXX-05-02|23 March=XXXX-03-23|Monday=2035-02-12";
        assertEquals("2035-03-23", secondDate(ahead, spec, "2035-02-12"));
        String past = "The firm paid a dividend on 2 May, with a record date of 23 March, the company said on Monday.";
        assertEquals("2034-03-23", secondDate(past, spec, "2035-02-12"));
    }

    /** The range of the second date of {@code text}, resolved against {@link #DOC}. */
    private String secondDate(String text, String mentions) {
        return secondDate(text, mentions, DOC);
    }

    private String secondDate(String text, String mentions, String doc) {
        return resolver.resolve(text, raw(text, mentions), LocalDate.parse(doc)).get(1).range().toString();
    }

    @Test
    void theSamePeriodLastYearIsThePeriodNamedBeforeAYearBack() {
        String text = "In the week to 20 December, 4,200 were admitted, three times the same period last year.";
        List<ResolvedDate> dates = resolver.resolve(text, raw(text, "the week=2026-W51|20 December=2026-12-20|last year=2025"),
                LocalDate.parse("2026-12-28"));
        ResolvedDate last = dates.get(dates.size() - 1);
        assertEquals("last year", last.text());
        assertEquals("2025-12-14..2025-12-20", last.range().toString());
        String season = "Rovers lost in week 3 of the season.";
        assertTrue(resolver.resolve(season, raw(season, "week=P1W~DURATION|3=#"), LocalDate.parse("2027-01-05")).stream()
                .allMatch(d -> d.range() == null), () -> resolver.resolve(season, raw(season, "week=P1W~DURATION|3=#"), LocalDate.parse("2027-01-05")).toString());
        String alone = "Admissions rose by a third on last year.";
        assertEquals("2025", resolver.resolve(alone, raw(alone, "last year=2025"), LocalDate.parse("2026-12-28")).get(0).range().toString());
    }

    @Test
    void easterFollowsTheComputus() {
        assertEquals(List.of("2019-04-21", "2020-04-12", "2024-03-31", "2025-04-20", "2038-04-25"),
                Stream.of(2019, 2020, 2024, 2025, 2038).map(y -> DateAnchoring.easterSunday(y).toString()).toList());
    }

    @Test
    void headerDateEqualToPublicationDateIsNotAnEvent() {
        String text = "pakistan\nSaturday Mar 04 2023\nBy\nWajid Ali Syed\n";
        String surface = "Saturday Mar 04 2023";
        int at = text.indexOf(surface);
        List<ResolvedDate> dates = resolver.resolve(text,
                List.of(new RawMention(at, at + surface.length(), surface, EntityType.DATE, "DATE", "DATE", "2023-03-04")),
                LocalDate.parse(DOC));
        assertEquals(DateRange.day(LocalDate.parse(DOC)), dates.get(0).range());
        assertTrue(dates.get(0).publicationDate());
    }

    @Test
    void dateInDateBlockIsPublicationDateEvenWithWords() {
        String text = "Published in print edition on Saturday, March 4, 2023 by Dawn";
        String surface = "Saturday, March 4, 2023";
        int at = text.indexOf(surface);
        List<ResolvedDate> dates = resolver.resolve(text,
                List.of(new RawMention(at, at + surface.length(), surface, EntityType.DATE, "DATE", "DATE", "2023-03-04")),
                LocalDate.parse(DOC), List.of(new Block(BlockType.DATE, 0, text.length())));
        assertTrue(dates.get(0).publicationDate());
    }

    @Test
    void datelineDateIsPublicationDate() {
        String text = "ISLAMABAD, March 4 (Reuters) - Pakistan and the United States will hold talks, officials said.";
        int at = text.indexOf("March 4");
        List<ResolvedDate> dates = resolver.resolve(text,
                List.of(new RawMention(at, at + 7, "March 4", EntityType.DATE, "DATE", "DATE", "2023-03-04")), LocalDate.parse(DOC));
        assertTrue(dates.get(0).publicationDate());
        String sentence = "Officials met in Islamabad on March 4 to prepare the talks.";
        int at2 = sentence.indexOf("March 4");
        assertFalse(resolver.resolve(sentence, List.of(new RawMention(at2, at2 + 7, "March 4", EntityType.DATE, "DATE", "DATE",
                "2023-03-04")), LocalDate.parse(DOC)).get(0).publicationDate(), "a meeting on the day of publication is an event");
    }

    @Test
    void isoHeaderDateIsOneDayAndThePublicationDate() {
        String text = "date 2023-03-04 \npakistan\n";
        List<ResolvedDate> dates = resolver.resolve(text,
                List.of(new RawMention(5, 15, "2023-03-04", EntityType.DATE, "DATE", "DATE", "2023-03-04")), LocalDate.parse(DOC));
        assertEquals(DateRange.day(LocalDate.parse(DOC)), dates.get(0).range());
        assertTrue(dates.get(0).publicationDate());
    }

    @Test
    void otherDayInHeaderLineIsNotPublicationDate() {
        String text = "Friday Mar 03 2023";
        List<ResolvedDate> dates = resolver.resolve(text,
                List.of(new RawMention(0, text.length(), text, EntityType.DATE, "DATE", "DATE", "2023-03-03")), LocalDate.parse(DOC));
        assertFalse(dates.get(0).publicationDate());
    }

    @Test
    void resolvesMentionsOfTheRealSampleText() {
        String text = SampleArticles.text("story1-outlet-a.txt");
        List<ResolvedDate> dates = resolver.resolve(text,
                new SampleRecognizer().recognize(text, SampleArticles.blocks(text, false), SampleArticles.A_DATE).mentions(),
                SampleArticles.A_DATE);
        List<String> found = dates.stream().filter(d -> d.range() != null && !d.publicationDate())
                .map(d -> d.text() + "=" + d.range()).toList();
        assertEquals(List.of("March 6-7=2023-03-06..2023-03-07", "Friday=2023-03-03", "March 6-7=2023-03-06..2023-03-07",
                "Last month=2023-02", "February 16-17=2023-02-16..2023-02-17"), found);
        assertEquals(2, dates.stream().filter(ResolvedDate::publicationDate).count(), "the two header date lines");
    }

    @Test
    void weekValueIsMondayToSunday() {
        DateRange w = resolver.resolveValue("2023-W10", null);
        assertEquals(LocalDate.of(2023, 3, 6), w.start());
        assertEquals(LocalDate.of(2023, 3, 12), w.end());
        assertEquals(DatePrecision.WEEK, w.precision());
    }

    @Test
    void unknownYearWithoutDocumentDateIsUnresolved() {
        assertNull(resolver.resolveValue("XXXX-03", null));
        assertEquals("2024-03", resolver.resolveValue("XXXX-03", LocalDate.of(2024, 1, 2)).toString());
    }
    @Test
    void aSlashedDateInATextThatWritesDatesDayFirstIsReadDayFirst() {
        String british = "The lorry left at 02:40 on 03/04/2023. The gala runs from 22/4 to 29/4.";
        assertEquals("2023-04-03", resolver.resolve(british, raw(british, "03/04/2023=2023-03-04"), LocalDate.parse("2023-04-15"))
                .get(0).range().toString());
        String american = "The lorry left at 02:40 on 03/04/2023. The fair opened on 4/22.";
        assertEquals("2023-03-04", resolver.resolve(american, raw(american, "03/04/2023=2023-03-04"), LocalDate.parse("2023-04-15"))
                .get(0).range().toString());
    }
}

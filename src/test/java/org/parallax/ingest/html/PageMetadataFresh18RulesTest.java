package org.parallax.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.parallax.ingest.html.MetadataPages.PROSE;
import static org.parallax.ingest.html.MetadataPages.read;

import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The metadata rules found on the eighteenth set of freshly written pages (src/test/resources/fresh-pages18), dates in
 * calendars, numerals and scripts no earlier set had, and the bylines of those pages: Han numerals and eras' years
 * ({@link EastAsianDates}), Ge'ez numerals ({@link GeezNumerals}), month names of more scripts and eras' signs
 * ({@link ScriptMonths}), Afghan and numeric Solar Hijri dates ({@link SolarHijriForms}), East Asian writers' labels and
 * datelines ({@link EastAsianCredits}), an Arabic byline's lead ({@link ArabicBylineLeads}) and more script labels
 * ({@link ScriptLabels}). Each with the cases it must leave alone.
 */
class PageMetadataFresh18RulesTest {
    private static LocalDate day(int year, int month, int d) {
        return LocalDate.of(year, month, d);
    }

    @Test
    void hanNumeralsErasAndRepublicOfChinaDates() {
        assertEquals(day(2040, 12, 31), HtmlDates.find("二〇四〇年十二月三十一日　星期一"));
        assertEquals(day(2024, 11, 2), HtmlDates.find("令和6年11月2日（土）"));
        assertEquals(day(2040, 1, 20), HtmlDates.find("令和二十二年一月二十日"));
        assertEquals(day(2019, 5, 1), HtmlDates.find("令和元年5月1日"));
        assertEquals(day(2018, 4, 30), HtmlDates.find("平成30年4月30日"));
        assertEquals(day(2040, 2, 3), HtmlDates.find("令和22年（2040年）2月3日"));
        assertEquals(day(2037, 9, 9), HtmlDates.find("주체126(2037)년 9월 9일"));
        assertEquals(day(2037, 9, 9), HtmlDates.find("주체126년 9월 9일"));
        assertEquals(day(2038, 11, 4), HtmlDates.find("發布日期：127/11/04"));
        assertEquals(day(2038, 11, 4), HtmlDates.find("更新時間：127.11.04 09:30"));
        assertEquals(day(2036, 7, 1), HtmlDates.find("입력 2036. 7. 1. 오전 8:10"));
        // Han numerals with no date, a three-digit number without Han text, a month that does not exist
        assertNull(HtmlDates.find("三十年来第一次"));
        assertNull(HtmlDates.find("Room 127-11-04"));
        assertNull(HtmlDates.find("發布日期：127/13/04"));
        assertEquals(2039, EastAsianDates.hanValue("二〇三九"));
        assertEquals(21, EastAsianDates.hanValue("二十一"));
        assertEquals(12, EastAsianDates.hanValue("十二"));
    }

    @Test
    void geezNumerals() {
        assertEquals(2031, GeezNumerals.value("፳፻፴፩"));
        assertEquals(100, GeezNumerals.value("፻"));
        assertEquals(1962, GeezNumerals.value("፲፱፻፷፪"));
        assertEquals(day(2037, 3, 13), HtmlDates.find("መጋቢት ፬ ቀን ፳፻፳፱ ዓ.ም"));
        // numerals with no month
        assertNull(HtmlDates.find("ቁጥር ፳፻፴፩"));
    }

    @Test
    void monthNamesOfMoreScriptsAndErasSigns() {
        assertEquals(day(2038, 6, 21), HtmlDates.find("פורסם: 21 ביוני 2038, 10:00"));
        assertEquals(day(2038, 12, 2), HtmlDates.find("2 בדצמבר 2038"));
        assertEquals(day(2040, 1, 9), HtmlDates.find("ថ្ងៃអង្គារ ទី៩ ខែមករា ឆ្នាំ២០៤០"));
        assertEquals(day(2040, 1, 9), HtmlDates.find("ទី៩ ខែមករា ព.ស.២៥៨៤"));
        assertEquals(day(2037, 8, 15), HtmlDates.find("ວັນທີ 15 ສິງຫາ 2037"));
        assertEquals(day(2038, 10, 3), HtmlDates.find("၂၀၃၈ ခုနှစ်၊ အောက်တိုဘာလ ၃ ရက်"));
        assertEquals(day(2037, 4, 2), HtmlDates.find("วันพฤหัสบดีที่ 2 เมษายน พ.ศ. 2580"));
        assertEquals(day(2038, 5, 7), HtmlDates.find("٧ مايو ٢٠٣٨م"));
        assertEquals(day(2038, 5, 7), HtmlDates.find("۷ مئی ۲۰۳۸ء"));
        // a month without a year, a year without a day
        assertNull(HtmlDates.find("ביוני 2038"));
        assertNull(HtmlDates.find("ខែមករា ឆ្នាំ២០៤០"));
    }

    @Test
    void afghanAndNumericSolarHijriDates() {
        // 1 Hamal 1417 is Nowruz, 21 March 2038; 28 Hut (Kab) 1415 is 18 March 2037
        assertEquals(day(2038, 3, 21), HtmlDates.find("شنبه ۱ حمل ۱۴۱۷"));
        assertEquals(day(2037, 3, 18), HtmlDates.find("۲۸ کب ۱۴۱۵"));
        assertEquals(day(2039, 3, 13), HtmlDates.find("تاریخ انتشار: ۱۴۱۷/۱۲/۲۲ - ۱۰:۳۰"));
        assertEquals(day(2039, 3, 13), HtmlDates.find("تاریخ انتشار: 1417/12/22"));
        // an Arabic page's year first is a lunar Hijri one; so is a year marked "هـ"; a month that does not exist
        assertNull(HtmlDates.find("تاريخ النشر: ١٤٦١/٠٢/١٨"));
        assertNull(HtmlDates.find("۱۴۶۱/۰۲/۱۸ هـ"));
        assertNull(HtmlDates.find("تاریخ انتشار: ۱۴۱۷/۱۳/۲۲"));
    }

    @Test
    void eastAsianWritersLabelsAndDatelines() {
        assertEquals("中村美咲", EastAsianCredits.strip("文：中村美咲"));
        assertEquals("山本翔太", EastAsianCredits.strip("取材・文／山本翔太"));
        assertEquals("王芳, 赵磊", EastAsianCredits.strip("本报记者　王芳　赵磊"));
        assertEquals("리철민", EastAsianCredits.strip("본사기자 리철민"));
        assertEquals("佐藤 健太", EastAsianCredits.strip("佐藤 健太"));
        String h1 = "<h1>标题</h1>";
        assertEquals("李明, 陈静", read("", "<article>" + h1 + "<p>新华社北京4月2日电（记者李明、陈静）国家统计局2日发布数据。</p>"
                + PROSE + "<p>责任编辑：周敏</p></article>").author());
        assertEquals("박서준", read("", "<article><h1>제목</h1><p>(대전=연합뉴스) 박서준 기자 = 대전시는 2일 새 노선을 발표했다.</p>"
                + PROSE + "</article>").author());
        assertEquals("陳怡君", read("", "<article>" + h1 + "<span class='x'>文／陳怡君</span>" + PROSE + "</article>").author());
        // a dateline without a reporter, a label in the site's footer
        assertNull(EastAsianCredits.dateline(Jsoup.parse("<p>新华社北京4月2日电 国家统计局2日发布数据。</p>")));
        assertNull(EastAsianCredits.named(Jsoup.parse("<footer><p>文／陳怡君</p></footer><main><p>x</p></main>")));
        // the paper's own reporter running on into a section's title, with no space or colon before a name
        assertNull(EastAsianCredits.named(Jsoup.parse("<main><a href='/journalist'><strong>新华社记者看河北</strong></a></main>")));
        assertEquals("王芳", EastAsianCredits.named(Jsoup.parse("<main><div>本报记者　王芳</div></main>")));
    }

    @Test
    void arabicBylineLeadsAndMoreScriptLabels() {
        assertEquals("خالد العتيبي", AuthorNames.clean("الرياض - خالد العتيبي"));
        assertEquals("رامي حداد", AuthorNames.clean("بقلم رامي حداد"));
        assertEquals("ثنا ملک", AuthorNames.clean("تحریر: ثنا ملک"));
        assertEquals("فریده نوری", AuthorNames.clean("گزارشگر: فریده نوری"));
        assertEquals("សុខ ចាន់ថា", AuthorNames.clean("ដោយ៖ សុខ ចាន់ថា"));
        // a name of two words before the dash is not a place; one word after it is not a name
        assertEquals("خالد العتيبي - الرياض", ArabicBylineLeads.strip("خالد العتيبي - الرياض"));
        assertEquals("الرياض - واس", ArabicBylineLeads.strip("الرياض - واس"));
    }
}

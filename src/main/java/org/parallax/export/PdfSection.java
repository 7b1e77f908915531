package org.parallax.export;

import org.parallax.export.PdfLayout.Style;

/**
 * The base of one part of the PDF report: the export's shared {@link PdfReportJob} with its content, layout and
 * text styles under short names, so each section reads as layout code. Package-private; one instance per export.
 */
abstract class PdfSection {
    final PdfReportJob j;
    final ReportContent r;
    final PdfLayout l;
    final Style body;
    final Style bodyBold;
    final Style small;
    final Style quote;
    final Style h1;
    final Style h2;

    PdfSection(PdfReportJob j) {
        this.j = j;
        this.r = j.r;
        this.l = j.l;
        this.body = j.body;
        this.bodyBold = j.bodyBold;
        this.small = j.small;
        this.quote = j.quote;
        this.h1 = j.h1;
        this.h2 = j.h2;
    }
}

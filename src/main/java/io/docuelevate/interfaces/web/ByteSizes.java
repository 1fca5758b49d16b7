package io.docuelevate.interfaces.web;

import java.text.NumberFormat;
import java.util.Locale;

/** File and storage sizes as every page shows them: the largest unit that keeps the figure at least 1, in the viewer's locale. */
public final class ByteSizes {

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    private ByteSizes() {}

    /** {@code 1536} → "1.5 KB" in English, "1,5 KB" in German; whole bytes below 1 KB. */
    public static String format(long bytes, Locale locale) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(unit == 0 ? 0 : 1);
        return number.format(value) + " " + UNITS[unit];
    }
}

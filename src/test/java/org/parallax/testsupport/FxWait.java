package org.parallax.testsupport;

import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.stage.Stage;
import javafx.stage.Window;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits of the TestFX tests: polls a condition until it holds or a deadline passes, then lets the FX thread drain
 * its queued events, so what the test reads next is what the screen shows. A timeout fails the test with what was
 * awaited and, when given, the screen's state at that moment.
 */
public final class FxWait {
    /** How long a UI condition may take on a loaded machine (two cores shared by several builds). */
    public static final int DEFAULT_SECONDS = 15;

    private FxWait() {
    }

    /** Waits up to {@link #DEFAULT_SECONDS} for {@code condition}. */
    public static void waitUntil(BooleanSupplier condition) {
        waitUntil(DEFAULT_SECONDS, condition, () -> "a condition");
    }

    /** Waits up to {@link #DEFAULT_SECONDS}; {@code what} names the awaited state in the failure. */
    public static void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(DEFAULT_SECONDS, condition, () -> what);
    }

    /**
     * Waits up to {@link #DEFAULT_SECONDS}; {@code state} is asked only on a timeout, to describe the screen (status
     * line, list size...) in the failure message.
     */
    public static void waitUntil(BooleanSupplier condition, Supplier<String> state) {
        waitUntil(DEFAULT_SECONDS, condition, state);
    }

    /** Waits up to {@code seconds}, then drains the FX event queue; on a timeout fails with {@code state}'s text. */
    public static void waitUntil(int seconds, BooleanSupplier condition, Supplier<String> state) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out after " + seconds + " s; " + state.get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes every window but {@code stage} (dialogs and screens a test opened), on the FX thread. */
    public static void closeWindowsBut(FxRobot robot, Stage stage) {
        robot.interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != stage && w instanceof Stage s) s.close();
            }
        });
    }
}

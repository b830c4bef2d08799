package cn.liaocheng.jobs.documents;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.IntConsumer;

/**
 * Passes an upload through and reports each quarter it crosses (25, 50, 75), so a screen reader hears a few calm
 * steps on a slow network rather than a stream of numbers. Reports nothing when the size was not announced.
 */
final class ProgressSteps extends FilterInputStream {

    static final int STEP = 25;

    private final long expectedBytes;
    private final IntConsumer onStep;
    private long received;
    private int lastStep;

    ProgressSteps(InputStream in, long expectedBytes, IntConsumer onStep) {
        super(in);
        this.expectedBytes = expectedBytes;
        this.onStep = onStep;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b != -1) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        received += n;
        if (expectedBytes <= 0) {
            return;
        }
        int percent = (int) Math.min(100, received * 100 / expectedBytes);
        int step = percent / STEP * STEP;
        // 100 % is not news: "上传完成" follows once the file has been checked.
        if (step > lastStep && step < 100) {
            lastStep = step;
            onStep.accept(step);
        }
    }
}

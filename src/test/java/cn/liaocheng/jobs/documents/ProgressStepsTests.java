package cn.liaocheng.jobs.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressStepsTests {

    private static List<Integer> stepsWhileReading(int size, long announced, int chunk) throws IOException {
        var steps = new ArrayList<Integer>();
        try (var in = new ProgressSteps(new ByteArrayInputStream(new byte[size]), announced, steps::add)) {
            var buffer = new byte[chunk];
            while (in.read(buffer) != -1) {
                // read on
            }
        }
        return steps;
    }

    @Test
    void each_quarter_is_reported_once_and_the_end_is_left_to_the_result() throws IOException {
        assertThat(stepsWhileReading(1000, 1000, 10)).containsExactly(25, 50, 75);
    }

    @Test
    void big_jumps_report_only_the_quarter_reached() throws IOException {
        assertThat(stepsWhileReading(1000, 1000, 600)).containsExactly(50);
    }

    @Test
    void an_upload_of_unknown_size_reports_no_steps() throws IOException {
        assertThat(stepsWhileReading(1000, -1, 10)).isEmpty();
    }

    @Test
    void a_client_sending_more_than_it_announced_reports_no_more_than_75() throws IOException {
        assertThat(stepsWhileReading(5000, 1000, 100)).containsExactly(25, 50, 75);
    }
}

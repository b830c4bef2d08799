package cn.liaocheng.jobs.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizeTextTests {

    @Test
    void sizes_read_the_way_phones_show_them() {
        assertThat(SizeText.of(79)).isEqualTo("1 KB");
        assertThat(SizeText.of(850 * 1024)).isEqualTo("850 KB");
        assertThat(SizeText.of(2_411_725)).isEqualTo("2.3 MB");
        assertThat(SizeText.of(10 * 1024 * 1024)).isEqualTo("10 MB");
    }
}

package cn.liaocheng.jobs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** 聊城残疾人就业服务门户: the city's 2023 action plan for disabled people's employment, made usable. */
@SpringBootApplication
public class JobsPortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(JobsPortalApplication.class, args);
    }
}

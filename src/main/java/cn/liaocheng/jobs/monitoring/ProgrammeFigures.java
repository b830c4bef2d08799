package cn.liaocheng.jobs.monitoring;

import cn.liaocheng.jobs.shared.ProgrammeCount;
import java.util.List;

/** New jobs per job programme and training participants per course, most first, for the whole city. */
public record ProgrammeFigures(List<ProgrammeCount> newJobs, List<ProgrammeCount> trainingParticipants) {

    public ProgrammeFigures {
        newJobs = List.copyOf(newJobs);
        trainingParticipants = List.copyOf(trainingParticipants);
    }
}

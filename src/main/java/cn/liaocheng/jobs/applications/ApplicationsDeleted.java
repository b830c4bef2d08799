package cn.liaocheng.jobs.applications;

import java.util.List;

/** Applications kept as the federation's record reached the end of their retention and were deleted. Ids only. */
public record ApplicationsDeleted(List<Long> applicationIds) {

    public ApplicationsDeleted {
        applicationIds = List.copyOf(applicationIds);
    }
}

package cn.liaocheng.jobs.eligibility;

/** What a person wants from the portal; the result page is grouped by it. */
public enum Want {
    SKILL("学一门技能"), JOB("找一份工作"), BUSINESS("自己创业"), MONEY("创业或经营的资金");

    private final String zh;

    Want(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}

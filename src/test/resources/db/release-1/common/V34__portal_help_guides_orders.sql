-- The enterprise guide names the pages as they are now that orders exist: 我的订单 in the side navigation,
-- the supermarket's check of admission conditions and the institution's contact for offline products.
-- Clearing body_text makes the help centre derive the search text again at start-up.
update portal_help_article
set body = replace(replace(body,
        '在<strong>工作台 → 我的融资 → 融资订单</strong>中可以看到每一笔订单的状态和完整进度时间线：',
        '在左侧导航<strong>我的订单</strong>中可以看到每一笔订单的状态和完整进度时间线，已放款的订单还有授信信息、还款计划（每期本金、利息、应还金额）和还款记录：'),
        '线下产品提交后由客户经理联系您办理。',
        '线下产品提交后页面会显示金融机构的联系人和电话，请与其联系办理。申请前页面会逐项说明您的企业是否满足该产品可核验的准入条件（成立年限、所在区域、企业规模等），不满足的会写明原因。'),
    body_text = null
where body like '%我的融资 → 融资订单%';

-- The help centre's first content: the platform's user guides for enterprises and for financial
-- institutions, and the questions people ask most. Real content (not demo data); the platform admin
-- edits it from /admin/help afterwards. The search text (body_text) is derived by the application.
insert into portal_help_category (code, name, name_en, sort_order) values ('enterprise', '企业用户指南', 'Guides for enterprises', 1);
insert into portal_help_category (code, name, name_en, sort_order) values ('institution', '金融机构指南', 'Guides for financial institutions', 2);
insert into portal_help_category (code, name, name_en, sort_order) values ('account', '账号与安全', 'Account and security', 3);
insert into portal_help_category (code, name, name_en, sort_order) values ('faq', '常见问题', 'Frequently asked questions', 4);

insert into portal_help_article (category_id, kind, title, body, published, sort_order, created_at, updated_at)
values ((select id from portal_help_category where code = 'enterprise'), 'ARTICLE', '企业用户操作指南：从注册到获得贷款',
'<p>信易贷（全国中小企业融资综合信用服务平台）为中小微企业提供一站式融资服务：一次提交融资需求，平台依托公共信用数据智能匹配多家金融机构的产品，由融资顾问复核推送，金融机构客户经理全程跟进。平台对企业<strong>不收取任何费用</strong>。本指南按办理顺序介绍企业用户的全部操作。</p>
<h2>一、注册账号</h2>
<ol>
<li>在首页点击右上角<strong>注册</strong>，进入“企业用户注册”页面。</li>
<li>输入本人手机号，点击<strong>获取验证码</strong>，将收到的6位短信验证码填入（验证码5分钟内有效）。</li>
<li>设置登录密码：至少8位，须包含大写字母、小写字母、数字、符号中的至少三种，且不能包含手机号。</li>
<li>阅读并勾选同意《用户协议》和《隐私政策》，点击<strong>注册</strong>。</li>
</ol>
<p>如果您是扫描银行客户经理的专属二维码进入注册页面的，页面会提示“您正在通过客户经理的专属二维码注册”，注册后该客户经理将为您提供融资服务。</p>
<p>注册成功后即自动登录，可按页面提示选择<strong>企业实名认证</strong>、<strong>去金融超市逛逛</strong>或<strong>发布需求</strong>；点击导航中的<strong>工作台</strong>进入企业管理后台。</p>
<h2>二、登录与找回密码</h2>
<ul>
<li><strong>密码登录</strong>：输入手机号和密码。</li>
<li><strong>短信验证码登录</strong>：输入手机号，获取并填写短信验证码。</li>
<li><strong>忘记密码</strong>：在登录页点击“忘记密码？”，验证手机号后设置新密码。</li>
</ul>
<p>为保障账号安全，连续输错密码5次，账号将锁定15分钟；登录后30分钟无操作将自动退出。</p>
<h2>三、认证企业（我的企业）</h2>
<p>发布融资需求和申请产品前，须先完成企业实名认证。一个账号可以认证添加多家企业，办理业务时选择其中一家作为“当前企业”。</p>
<ol>
<li>进入<strong>工作台 → 我的企业</strong>，点击<strong>添加企业</strong>。</li>
<li>填写企业名称和统一社会信用代码（18位），平台会校验代码的格式与校验位。</li>
<li>选择认证方式：上传营业执照等证件材料认证，或由法定代表人完成身份核验。</li>
<li>提交后等待审核，审核结果会通过消息中心通知您。</li>
</ol>
<h2>四、发布融资需求</h2>
<p>不确定选哪款产品时，发布融资需求最省心：平台根据您的需求和企业信用情况智能匹配产品，融资顾问复核后推送给合适的金融机构。</p>
<ol>
<li>在首页或工作台点击<strong>发布需求</strong>。</li>
<li>填写融资金额（万元）、期限、用途、可接受的担保方式（信用、抵押、保证、质押）等信息。</li>
<li>确认授权金融机构在受理期间查询企业的信用信息，提交。</li>
</ol>
<h2>五、在金融超市申请产品</h2>
<ol>
<li>进入<strong>金融超市</strong>，按金融机构、担保方式、贷款期限、额度等条件筛选产品。</li>
<li>打开产品详情，查看利率范围、额度、期限、申请条件；页面会说明您的企业是否符合每一项准入条件。</li>
<li>点击<strong>立即申请</strong>，确认申请金额和期限后提交。线上产品在平台内全流程办理；线下产品提交后由客户经理联系您办理。</li>
</ol>
<h2>六、跟踪融资订单</h2>
<p>在<strong>工作台 → 我的融资 → 融资订单</strong>中可以看到每一笔订单的状态和完整进度时间线：</p>
<table>
<tr><th>状态</th><th>含义</th></tr>
<tr><td>待受理</td><td>订单已提交给金融机构，等待受理。机构须在本分站规定的时限（如2个工作日）内受理，逾期将由融资顾问重新分派。</td></tr>
<tr><td>已受理</td><td>客户经理已受理，将与您联系开展尽职调查。</td></tr>
<tr><td>审批中</td><td>金融机构内部审批。</td></tr>
<tr><td>已授信</td><td>审批通过，显示授信额度、利率和期限。</td></tr>
<tr><td>已放款</td><td>贷款已发放，可查看还款计划和还款进度。</td></tr>
<tr><td>已结清</td><td>贷款已全部还清。</td></tr>
<tr><td>已拒绝 / 已撤回</td><td>机构说明理由后拒绝，或您在授信前主动撤回。</td></tr>
</table>
<p>订单详情中可查看每一条进度的时间、经办人和说明。</p>
<h2>七、消息中心与个人信息</h2>
<ul>
<li><strong>消息中心</strong>：认证结果、订单受理、审批、放款等通知都会发送到消息中心，未读消息在顶部显示数量。</li>
<li><strong>个人信息</strong>：可修改姓名等基本信息；在<strong>修改密码</strong>中更换登录密码。</li>
<li>使用完毕请点击右上角菜单中的<strong>退出登录</strong>。</li>
</ul>
<p>遇到问题可拨打本分站融资热线，或在“联系我们”页面提交意见反馈。</p>', true, 10, current_timestamp, current_timestamp);

insert into portal_help_article (category_id, kind, title, body, published, sort_order, created_at, updated_at)
values ((select id from portal_help_category where code = 'institution'), 'ARTICLE', '金融机构操作指南：专管员与客户经理',
'<p>本指南面向入驻信易贷平台的银行、担保、保险、小额贷款等金融机构的工作人员，包括<strong>总行专管员</strong>、<strong>专管员</strong>（分行、支行的管理员）和<strong>客户经理</strong>。机构尚未入驻的，请先在首页点击<strong>机构入驻</strong>（/onboarding）提交入驻申请，平台审核通过后会开通机构及总行专管员账号。</p>
<h2>一、登录与短信二次验证</h2>
<ol>
<li>在登录页选择<strong>密码登录</strong>，输入手机号和密码。</li>
<li>机构及管理部门账号须进行<strong>短信二次验证</strong>：输入发送到本人手机的6位验证码后才能进入工作台。</li>
<li>密码连续输错5次，账号锁定15分钟；30分钟无操作将自动退出。</li>
</ol>
<h2>二、首次登录设置密码</h2>
<p>由平台或本机构专管员开通的账号没有初始密码。首次登录时请选择<strong>短信验证码登录</strong>，输入手机号并获取验证码，登录后系统会要求先设置登录密码（至少8位，含大写字母、小写字母、数字、符号中的至少三种，且不能包含手机号），设置完成后才能使用其他功能。</p>
<h2>三、分支机构管理（总行专管员、专管员）</h2>
<ul>
<li>进入<strong>分支机构管理</strong>，以树形结构查看总行、分行、支行、营业部，层级不限。</li>
<li>点击某一机构可查看其本月和上月业绩及所属客户经理。</li>
<li><strong>添加支行</strong>：在上级机构下点击添加，填写名称、类型、所在区、地址和联系人。</li>
<li><strong>编辑 / 删除</strong>：只能管理本人所在机构以下的机构；仍有下级机构或客户经理的机构不能删除。</li>
</ul>
<p>专管员只能看到并管理本人所在机构及其下级机构，总行专管员可以管理全行。</p>
<h2>四、客户经理管理</h2>
<ul>
<li><strong>添加客户经理</strong>：填写姓名、手机号、所属机构、职务和工号，保存后即开通账号，客户经理首次登录时自行设置密码。</li>
<li><strong>批量新增</strong>：点击<strong>批量导入</strong>，先下载 Excel 模板，按模板填写后上传；系统逐行校验，列出有问题的行及原因，确认后导入正确的行，导入过程显示进度。</li>
<li><strong>审核</strong>：待审核的客户经理须由专管员审核通过后才能登录和接单。</li>
<li><strong>停用与离职交接</strong>：客户经理离职时，先将其名下订单一次性交接给同事，再停用账号；所有操作均记入操作日志。</li>
</ul>
<h2>五、客户经理专属二维码</h2>
<p>客户经理审核通过后，平台自动生成<strong>专属二维码</strong>。在<strong>我的二维码</strong>页面可以下载或打印二维码，企业扫码注册后自动归属该客户经理，页面下方列出通过您的二维码注册的企业用户。</p>
<h2>六、产品管理</h2>
<ul>
<li>总行专管员和专管员可在<strong>产品管理</strong>中添加线上或线下产品，填写额度、利率范围、期限、担保方式、还款方式和准入条件（如成立年限、纳税信用等级、所在区域）。</li>
<li>产品可编辑、复制、上架和下架；上架后在金融超市展示，企业可在线申请。</li>
<li>客户经理可查看本机构的产品详情，用于向企业介绍。</li>
</ul>
<h2>七、订单管理</h2>
<ol>
<li><strong>受理</strong>：新订单为“待受理”，须在本分站规定的受理时限（如2个工作日）内受理，逾期订单将退回融资顾问重新分派。</li>
<li><strong>尽调与审批</strong>：受理后开展尽职调查，提交审批，订单进入“审批中”。</li>
<li><strong>授信与放款</strong>：录入授信额度、利率、期限；放款时录入放款金额、日期、年利率、期限和还款方式，系统自动生成还款计划。</li>
<li><strong>添加进度 / 还款进度</strong>：每一步都会形成进度记录，企业可实时看到；还款情况按期录入。</li>
<li><strong>拒绝</strong>：须填写理由，企业会收到通知。</li>
<li><strong>指派、回收与业务移交</strong>：专管员可将订单指派给客户经理或收回；客户经理可将订单移交给同事。</li>
</ol>
<h2>八、其他</h2>
<ul>
<li><strong>修改密码</strong>：右上角菜单 → 修改密码。</li>
<li>平台操作问题请查阅帮助中心，或拨打本分站融资热线。</li>
</ul>', true, 10, current_timestamp, current_timestamp);

insert into portal_help_article (category_id, kind, title, body, published, sort_order, created_at, updated_at)
values ((select id from portal_help_category where code = 'account'), 'ARTICLE', '账号安全须知',
'<p>为保护您和企业的信息安全，平台采取以下措施，也请您配合做好账号保护：</p>
<ul>
<li>密码至少8位，须包含大写字母、小写字母、数字、符号中的至少三种，且不能包含手机号；建议定期更换。</li>
<li>短信验证码为6位数字，5分钟内有效；同一手机号每分钟最多获取1次、每天最多10次。</li>
<li>连续输错密码5次，账号锁定15分钟；锁定期间可通过“忘记密码”重置密码。</li>
<li>金融机构和管理部门账号使用密码登录时，还须通过短信二次验证。</li>
<li>登录后30分钟无操作将自动退出；在公共电脑上使用完毕请退出登录。</li>
<li>平台工作人员不会向您索要密码或验证码，请勿泄露给任何人。</li>
</ul>', true, 10, current_timestamp, current_timestamp);

insert into portal_help_article (category_id, kind, title, body, published, sort_order, created_at, updated_at)
values ((select id from portal_help_category where code = 'faq'), 'FAQ', '忘记密码怎么办？',
'<p>在登录页点击<strong>忘记密码？</strong>，输入注册手机号并获取短信验证码，验证通过后设置新密码即可。也可以直接选择<strong>短信验证码登录</strong>，登录后在“修改密码”中更换密码。</p>', true, 1, current_timestamp, current_timestamp);

insert into portal_help_article (category_id, kind, title, body, published, sort_order, created_at, updated_at)
values ((select id from portal_help_category where code = 'faq'), 'FAQ', '收不到短信验证码怎么办？',
'<p>请先确认手机号填写正确、手机信号正常，并检查短信是否被手机安全软件拦截。验证码5分钟内有效。</p>
<p>为防止滥用，同一手机号<strong>每分钟最多获取1次</strong>、<strong>每天最多获取10次</strong>，同一网络每小时的获取次数也有限制；超过限制时页面会提示您何时可以再试。仍收不到请拨打本分站融资热线。</p>', true, 2, current_timestamp, current_timestamp);

insert into portal_help_article (category_id, kind, title, body, published, sort_order, created_at, updated_at)
values ((select id from portal_help_category where code = 'faq'), 'FAQ', '提示“账号已锁定”是什么原因？',
'<p>连续<strong>输错密码5次</strong>，为防止他人猜测密码，账号会被<strong>锁定15分钟</strong>。15分钟后可再次登录，也可以立即通过“忘记密码”重置密码后登录。</p>', true, 3, current_timestamp, current_timestamp);

insert into portal_help_article (category_id, kind, title, body, published, sort_order, created_at, updated_at)
values ((select id from portal_help_category where code = 'faq'), 'FAQ', '金融机构如何入驻平台？',
'<p>在首页点击<strong>机构入驻</strong>（网址 /onboarding），填写机构名称、统一社会信用代码、机构类型、联系人和服务区域等信息并提交入驻申请。平台管理员审核通过后，将为机构开通总行专管员账号，并以短信通知联系人；总行专管员登录后即可建立分支机构、添加客户经理和发布产品。</p>', true, 4, current_timestamp, current_timestamp);

insert into portal_help_article (category_id, kind, title, body, published, sort_order, created_at, updated_at)
values ((select id from portal_help_category where code = 'faq'), 'FAQ', '使用平台要收费吗？',
'<p><strong>不收费。</strong>信易贷是在国家发展改革委指导下建设的公益性融资信用服务平台，企业注册、认证、发布融资需求、申请产品以及金融机构入驻，平台均不收取任何费用。贷款的利率和费用以金融机构的产品说明和合同为准；如有人以平台名义收取费用，请拨打融资热线举报。</p>', true, 5, current_timestamp, current_timestamp);

insert into portal_help_article (category_id, kind, title, body, published, sort_order, created_at, updated_at)
values ((select id from portal_help_category where code = 'faq'), 'FAQ', '谁能看到我企业的信用数据？',
'<p>企业的公共信用信息（如登记注册、行政许可与处罚、纳税信用等级、社保缴纳等）只在<strong>企业授权</strong>后，才向受理业务的金融机构或信用服务机构提供，且限于授权的范围和有效期。每一次查询都会被记录，企业可以在工作台查看谁在何时查询了本企业的信用信息。手机号、身份证号等个人信息在列表中均脱敏显示，身份证号加密存储。</p>', true, 6, current_timestamp, current_timestamp);

insert into portal_help_article (category_id, kind, title, body, published, sort_order, created_at, updated_at)
values ((select id from portal_help_category where code = 'faq'), 'FAQ', '提交申请后多久会有金融机构联系我？',
'<p>订单提交后，金融机构须在所在分站规定的受理时限内（一般为2个工作日）受理。逾期未受理的订单将由平台融资顾问重新分派给其他机构。您可以在“融资订单”中随时查看进度。</p>', true, 7, current_timestamp, current_timestamp);

insert into portal_help_article (category_id, kind, title, body, published, sort_order, created_at, updated_at)
values ((select id from portal_help_category where code = 'faq'), 'FAQ', '如何切换到其他城市分站？',
'<p>点击页面顶部导航中的<strong>切换分站</strong>，选择您所在的城市即可，本次访问期间会一直保持您的选择。也可以直接访问带城市参数的网址，例如 <code>?city=foshan</code>。</p>', true, 8, current_timestamp, current_timestamp);

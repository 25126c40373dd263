/** 演示租户「演示软件」：销售 HR/OA SaaS 的厂商，及其 40 家客户（全部为虚构数据）。 */
import { parseDemoTenant } from './parse';

export const yanshiTenant = parseDemoTenant(
  '演示软件',
  `
# 人员：键 | 姓名 | 角色 | 手机 | 邮箱 | 部门
@ admin | 郑晓峰 | admin | 13704078146 | zheng.xiaofeng@yanshi-soft.example.cn | 信息技术部
@ manager | 孙丽华 | manager | 13297819144 | sun.lihua@yanshi-soft.example.cn | 销售中心
@ pm1 | 吴昊天 | pm | 18966800695 | wu.haotian@yanshi-soft.example.cn | 产品部
@ pm2 | 许佳琪 | pm | 15925775989 | xu.jiaqi@yanshi-soft.example.cn | 产品部
@ sales1 | 马俊杰 | sales | 18167763493 | ma.junjie@yanshi-soft.example.cn | 华东销售部
@ sales2 | 黄雅琴 | sales | 13380188585 | huang.yaqin@yanshi-soft.example.cn | 华南销售部
@ sales3 | 高志强 | sales | 18685415794 | gao.zhiqiang@yanshi-soft.example.cn | 华北销售部
@ impl1 | 罗文斌 | implementer | 13917859679 | luo.wenbin@yanshi-soft.example.cn | 客户成功部
@ impl2 | 谢雨桐 | implementer | 15500450461 | xie.yutong@yanshi-soft.example.cn | 客户成功部

# 客户：名称 | 行业 | 规模 | 价值 | 标记 | 负责人 | 地址 | 纬度,经度 | 合同额 | 标签
#   - 联系人：姓名 | 职务 | 角色 | 电话 | 邮箱
无锡锡东纺织集团有限公司 | 制造业 | large | high | coCreation | sales1 | 江苏省无锡市锡山区东亭街道团结中路3号 | 31.59,120.36 | 1680000 | 多组织、考勤排班、华东重点
  - 华建明 | 董事长 | decision_maker | 18367021743 | hua.jianming@xidong-textile.example.cn
  - 过丽萍 | 人力资源总监 | decision_maker | 13904545617 | guo.liping@xidong-textile.example.cn
  - 浦涛 | IT负责人 | it | 13799698778 | pu.tao@xidong-textile.example.cn
上海瑞之星连锁商业有限公司 | 零售 | mid | general | - | sales1 | 上海市长宁区长宁路1018号 | 31.22,121.42 | 450000 | 门店排班、续约中
  - 戴伟 | 副总经理 | decision_maker | 15231696037 | dai.wei@ruizhixing.example.cn
  - 季晓琳 | HRBP | user | 18668082620 | -
深圳顺捷冷链物流有限公司 | 物流 | large | high | benchmark | sales2 | 广东省深圳市宝安区福永街道凤塘大道266号 | 22.67,113.82 | 2200000 | 标杆客户、多组织、蓝领考勤
  - 罗文涛 | 总经理 | decision_maker | 13182494232 | luo.wentao@shunjie-coldchain.example.cn
  - 邝丽 | 人力资源经理 | user | 13773906354 | -
  - 朱晓军 | 信息部经理 | it | 18108696852 | zhu.xiaojun@shunjie-coldchain.example.cn
杭州安和健康医疗集团有限公司 | 医疗 | large | general | - | sales1 | 浙江省杭州市拱墅区湖墅南路368号 | 30.28,120.15 | 1350000 | 多院区、排班
  - 章立 | 行政副院长 | decision_maker | 13106786317 | zhang.li@anhe-health.example.cn
  - 邵敏 | 人事科科长 | user | 13151228363 | -
  - 孔维 | 信息科科长 | it | 13526284605 | kong.wei@anhe-health.example.cn
北京博学优才教育科技有限公司 | 教育 | mid | general | angel | sales3 | 北京市海淀区学院路30号 | 39.99,116.35 | 230000 | 天使用户
  - 徐博 | CEO | decision_maker | 15099805035 | xu.bo@boxueyoucai.example.cn
  - 郭丹 | HR主管 | user | 18071914473 | guo.dan@boxueyoucai.example.cn
广州穗安保安服务有限公司 | 物业服务 | mid | low | - | sales2 | 广东省广州市白云区白云大道北1688号 | 23.2,113.27 | 160000 | 蓝领考勤、外勤打卡
  - 钟伟 | 总经理 | decision_maker | 18770234370 | zhong.wei@suian-security.example.cn
  - 甘燕 | 人事专员 | user | 18630123359 | -
南京宁海酒店管理有限公司 | 酒店 | mid | general | - | sales1 | 江苏省南京市鼓楼区中山北路218号 | 32.07,118.77 | 280000 | 排班
  - 赵剑 | 总经理 | decision_maker | 15136282706 | zhao.jian@ninghai-hotel.example.cn
  - 孙莉 | 人力资源经理 | user | 13146182931 | -
成都锦程软件开发有限公司 | 互联网 | smb | general | - | sales2 | 四川省成都市高新区天府三街288号 | 30.54,104.06 | 58000 | 审批流定制
  - 邹凯 | CTO | decision_maker | 18804372330 | zou.kai@jincheng-soft.example.cn
  - 黄颖 | 行政人事 | user | 15208291257 | -
苏州金湖资产管理有限公司 | 金融 | mid | high | - | sales1 | 江苏省苏州市工业园区苏州大道东265号 | 31.32,120.7 | 520000 | 需要私有化、等保三级
  - 顾明 | 总经理 | decision_maker | 13059094923 | gu.ming@jinhu-am.example.cn
  - 陈思 | IT经理 | it | 18162755081 | chen.si@jinhu-am.example.cn
  - 陆婷 | 人事经理 | user | 13130023183 | -
重庆两江汇智汽车科技有限公司 | 汽车 | large | high | coCreation | sales2 | 重庆市渝北区两江新区金渝大道99号 | 29.65,106.55 | 3800000 | 共创客户、多工厂、蓝领考勤
  - 刘川 | 总裁 | decision_maker | 13117783617 | liu.chuan@huizhi-auto.example.cn
  - 杨敏 | 人力资源总监 | decision_maker | 18107741958 | yang.min@huizhi-auto.example.cn
  - 王浩 | IT负责人 | it | 18390828762 | wang.hao@huizhi-auto.example.cn
  - 谭晓 | 薪酬主管 | user | 13739774179 | -
武汉江汉通衢商贸有限公司 | 零售 | smb | low | - | sales3 | 湖北省武汉市江汉区中山大道818号 | 30.58,114.28 | 32000 | -
  - 李桂英 | 老板 | decision_maker | 18840662489 | -
西安长安云数据科技有限公司 | 互联网 | smb | general | angel | sales3 | 陕西省西安市高新区天谷八路156号 | 34.17,108.85 | 120000 | 天使用户、API集成
  - 韩立 | CEO | decision_maker | 15106807489 | han.li@changanyun.example.cn
  - 屈晓娟 | HRD | decision_maker | 15120559296 | qu.xiaojuan@changanyun.example.cn
  - 任杰 | 运维负责人 | it | 15075819176 | ren.jie@changanyun.example.cn
宁波甬港国际货运代理有限公司 | 物流 | mid | general | - | sales1 | 浙江省宁波市江北区人民路132号 | 29.89,121.55 | 210000 | 外勤打卡
  - 周海 | 总经理 | decision_maker | 15756056355 | zhou.hai@yonggang-freight.example.cn
  - 竺丽 | 人事行政经理 | user | 15017162800 | -
合肥徽源新材料有限公司 | 制造业 | mid | general | coCreation | sales3 | 安徽省合肥市经济技术开发区芙蓉路678号 | 31.78,117.21 | 340000 | 共创客户、多工厂
  - 程辉 | 总经理 | decision_maker | 15102363217 | cheng.hui@huiyuan-material.example.cn
  - 汪敏 | HR经理 | user | 13338433636 | -
  - 查伟 | IT主管 | it | 15964745472 | zha.wei@huiyuan-material.example.cn
北京燕京华夏物业管理有限公司 | 物业服务 | mid | high | - | sales3 | 北京市朝阳区望京街10号 | 40,116.47 | 760000 | 蓝领考勤、多项目
  - 高建国 | 总经理 | decision_maker | 15849303625 | gao.jianguo@huaxia-pm.example.cn
  - 刘颖 | 人力资源部经理 | user | 15264117285 | -
  - 宋凯 | IT负责人 | it | 13220683204 | -
深圳南山智谷创新科技有限公司 | 互联网 | smb | general | - | sales2 | 广东省深圳市南山区科苑路15号 | 22.54,113.95 | 88000 | 审批流定制
  - 谢俊 | COO | decision_maker | 18847768002 | xie.jun@zhigu-tech.example.cn
  - 蔡琳 | HR专员 | user | 18603763508 | -
广州粤信会计师事务所有限公司 | 专业服务 | smb | general | - | sales2 | 广东省广州市天河区珠江新城华夏路28号 | 23.12,113.32 | 65000 | 外勤打卡
  - 何振宇 | 主任会计师 | decision_maker | 15202826590 | he.zhenyu@yuexin-cpa.example.cn
  - 罗晓丹 | 行政主管 | user | 15992965276 | -
上海浦江能源发展有限公司 | 能源 | large | high | - | sales1 | 上海市浦东新区世纪大道1500号 | 31.23,121.53 | - | 需要私有化、招投标中
  - 包振华 | 副总经理 | decision_maker | 13900092698 | bao.zhenhua@pujiang-energy.example.cn
  - 沈佳 | 信息中心主任 | it | 13167694770 | shen.jia@pujiang-energy.example.cn
  - 胡蝶 | 人力资源经理 | user | 13781323887 | -
杭州湖畔小馆餐饮管理有限公司 | 餐饮 | smb | general | - | sales1 | 浙江省杭州市西湖区北山街56号 | 30.26,120.15 | 45000 | 门店排班
  - 潘杰 | 老板 | decision_maker | 18875410982 | -
  - 王晓梅 | 店长 | user | 18760688947 | -
南京江北新区数字政务服务有限公司 | 政务 | mid | high | coCreation | sales1 | 江苏省南京市浦口区江北新区研创园团结路99号 | 32.15,118.71 | 690000 | 共创客户、信创
  - 王志刚 | 总经理 | decision_maker | 18987528446 | wang.zhigang@jiangbei-gov.example.cn
  - 季敏 | 综合部主任 | user | 18336855845 | ji.min@jiangbei-gov.example.cn
  - 周宇 | 信息科技部经理 | it | 18337686167 | zhou.yu@jiangbei-gov.example.cn
成都天府国际会展服务有限公司 | 文旅 | smb | low | - | sales2 | 四川省成都市 | - | 26000 | -
  - 谢丹 | 行政经理 | user | 13240471378 | xie.dan@tianfu-expo.example.cn
昆山捷安电子有限公司 | 制造业 | large | high | benchmark | sales1 | 江苏省苏州市昆山市高新区马鞍山西路1号 | 31.39,120.93 | 2600000 | 标杆客户、蓝领考勤、多工厂
  - 吴振东 | 总经理 | decision_maker | 15999735877 | wu.zhendong@jiean-elec.example.cn
  - 邱霞 | 人力资源总监 | decision_maker | 13222904464 | qiu.xia@jiean-elec.example.cn
  - 李志 | IT经理 | it | 13811135311 | li.zhi@jiean-elec.example.cn
  - 王芳 | 考勤专员 | user | 18832095074 | -
天津渤海湾海洋工程有限公司 | 能源 | mid | general | - | sales3 | 天津市滨海新区塘沽新港二号路35号 | 39.02,117.68 | 480000 | 外勤打卡
  - 杜明 | 副总经理 | decision_maker | 18209197499 | du.ming@bohaiwan-oe.example.cn
  - 于洁 | HR主管 | user | 13238337102 | -
北京清和医疗科技有限公司 | 医疗 | smb | general | - | sales3 | 北京市昌平区生命科学园路29号 | 40.09,116.29 | 72000 | -
  - 邵峰 | 总经理 | decision_maker | 18290986685 | shao.feng@qinghe-medtech.example.cn
  - 何倩 | 行政人事 | user | 18745155772 | -
厦门鹭岛文旅集团有限公司 | 文旅 | large | general | - | sales2 | 福建省厦门市思明区鹭江道8号 | 24.46,118.07 | 1100000 | 多组织、排班
  - 林志坚 | 董事长 | decision_maker | 13524765167 | lin.zhijian@ludao-travel.example.cn
  - 陈雅 | 人力资源总监 | decision_maker | 13643723189 | chen.ya@ludao-travel.example.cn
  - 黄斌 | IT负责人 | it | 18090766145 | -
青岛海韵食品有限公司 | 食品 | mid | low | - | sales3 | 山东省青岛市黄岛区长江中路216号 | 35.96,120.19 | 175000 | 蓝领考勤
  - 刘海涛 | 总经理 | decision_maker | 13564125799 | liu.haitao@haiyun-food.example.cn
  - 王娜 | 人事经理 | user | 15297462768 | -
长沙芙蓉星城教育咨询有限公司 | 教育 | smb | low | - | sales3 | 湖南省长沙市芙蓉区五一大道389号 | 28.2,112.99 | 22000 | 试用转正
  - 彭丽 | 校长 | decision_maker | 13791006186 | peng.li@xingcheng-edu.example.cn
郑州中原畅达客运有限公司 | 交通运输 | mid | general | - | sales3 | 河南省郑州市郑东新区商务外环路18号 | 34.76,113.73 | 300000 | 外勤打卡、蓝领考勤
  - 张卫国 | 总经理 | decision_maker | 13168040227 | zhang.weiguo@changda-bus.example.cn
  - 李倩 | 人力资源经理 | user | 13166946080 | -
  - 赵磊 | 信息中心主任 | it | 15726034228 | zhao.lei@changda-bus.example.cn
深圳鹏程基金销售有限公司 | 金融 | mid | general | - | sales2 | 广东省深圳市福田区益田路6001号 | 22.54,114.06 | - | 合规审查中
  - 莫文 | 总经理 | decision_maker | 15694295804 | mo.wen@pengcheng-fund.example.cn
  - 温婷 | 人事经理 | user | 18661518880 | -
东莞松湖智能装备有限公司 | 制造业 | large | high | coCreation | sales2 | 广东省东莞市松山湖高新区工业北路6号 | 22.93,113.89 | 1950000 | 共创客户、蓝领考勤
  - 叶志雄 | 总经理 | decision_maker | 18253308101 | ye.zhixiong@songhu-ie.example.cn
  - 梁小凤 | 人力资源经理 | user | 18858979729 | liang.xiaofeng@songhu-ie.example.cn
  - 陈家乐 | IT主管 | it | 15086243763 | chen.jiale@songhu-ie.example.cn
济南泉城置业有限公司 | 房地产 | mid | general | - | sales3 | 山东省济南市历下区经十路13777号 | 36.66,117.09 | 260000 | 多项目
  - 孙涛 | 人力行政总监 | decision_maker | 13307222120 | sun.tao@quancheng-land.example.cn
  - 李静 | HRBP | user | 18326783898 | -
杭州钱江数智科技有限公司 | 互联网 | smb | general | angel | sales1 | 浙江省杭州市余杭区文一西路998号 | 30.29,120.01 | 39000 | 天使用户、API集成
  - 周勇 | 创始人 | decision_maker | 13071406894 | zhou.yong@qianjiang-ai.example.cn
  - 钱莉 | 行政专员 | user | 13599637776 | -
上海沪申餐饮集团有限公司 | 餐饮 | large | general | - | sales1 | 上海市黄浦区淮海中路300号 | 31.22,121.47 | 880000 | 门店排班、多组织
  - 金立华 | 总经理 | decision_maker | 15598181529 | jin.lihua@hushen-catering.example.cn
  - 姚佳 | 人力资源总监 | decision_maker | 18672962343 | yao.jia@hushen-catering.example.cn
  - 吴迪 | IT负责人 | it | 15754818778 | wu.di@hushen-catering.example.cn
  - 夏琴 | 门店人事 | user | 18634582128 | -
广州番禺金铭珠宝有限公司 | 零售 | smb | low | - | sales2 | 广东省广州市番禺区市桥街繁华路45号 | 22.94,113.36 | 55000 | -
  - 冯浩 | 总经理 | decision_maker | 13810157744 | feng.hao@jinming-jewelry.example.cn
武汉长江智慧政务科技有限公司 | 政务 | mid | general | - | sales3 | 湖北省武汉市武昌区中北路227号 | 30.56,114.34 | 410000 | 信创、需要私有化
  - 陈刚 | 总经理 | decision_maker | 15166936630 | chen.gang@changjiang-gov.example.cn
  - 黄敏 | 技术总监 | it | 15244405931 | huang.min@changjiang-gov.example.cn
重庆巴渝建工集团有限公司 | 建筑 | large | high | benchmark | sales2 | 重庆市九龙坡区科园一路73号 | 29.52,106.5 | 2800000 | 标杆客户、多项目、外勤打卡
  - 唐建国 | 董事长 | decision_maker | 15944680498 | tang.jianguo@bayu-ce.example.cn
  - 冉丽 | 人力资源总监 | decision_maker | 15013657293 | ran.li@bayu-ce.example.cn
  - 秦勇 | 信息中心主任 | it | 13924280849 | qin.yong@bayu-ce.example.cn
  - 蒋欣 | 薪酬主管 | user | 18907985122 | -
宁波慈城物流有限公司 | 物流 | smb | low | - | sales1 | 浙江省宁波市 | - | - | 预算待批
  - 应斌 | 总经理 | decision_maker | 15519544158 | -
苏州星海幼教集团有限公司 | 教育 | smb | low | - | sales1 | 江苏省苏州市吴中区东吴北路98号 | 31.28,120.62 | 30000 | -
  - 朱静 | 园长 | decision_maker | 13655132231 | zhu.jing@xinghai-kids.example.cn
合肥庐州家政服务有限公司 | 生活服务 | smb | low | - | sales3 | 安徽省合肥市 | - | 24000 | 外勤打卡
  - 方琳 | 总经理 | decision_maker | 18834129121 | fang.lin@luzhou-homecare.example.cn
西安大唐汽车销售服务有限公司 | 汽车 | smb | low | - | sales3 | 陕西省西安市未央区凤城八路166号 | 34.34,108.94 | - | 竞品替换
  - 贺鹏 | 总经理 | decision_maker | 18992467137 | he.peng@datang-auto.example.cn
  - 王婷 | 行政人事 | user | 18280990742 | -
`,
);

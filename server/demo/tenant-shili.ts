/** 演示租户「示例科技」：销售 SaaS CRM/ERP 的厂商，及其 40 家客户（全部为虚构数据）。 */
import { parseDemoTenant } from './parse';

export const shiliTenant = parseDemoTenant(
  '示例科技',
  `
# 人员：键 | 姓名 | 角色 | 手机 | 邮箱 | 部门
@ admin | 沈嘉怡 | admin | 18254255503 | shen.jiayi@shili-tech.example.cn | 信息技术部
@ manager | 王建国 | manager | 18749106549 | wang.jianguo@shili-tech.example.cn | 销售中心
@ pm1 | 林晓雯 | pm | 13221035034 | lin.xiaowen@shili-tech.example.cn | 产品部
@ pm2 | 陈子昂 | pm | 15066379563 | chen.ziang@shili-tech.example.cn | 产品部
@ sales1 | 张浩然 | sales | 18709454633 | zhang.haoran@shili-tech.example.cn | 华东销售部
@ sales2 | 李婷婷 | sales | 18026060586 | li.tingting@shili-tech.example.cn | 华南销售部
@ sales3 | 赵鹏飞 | sales | 15216750199 | zhao.pengfei@shili-tech.example.cn | 华北销售部
@ impl1 | 刘思远 | implementer | 13604538058 | liu.siyuan@shili-tech.example.cn | 交付中心
@ impl2 | 何静怡 | implementer | 13033558608 | he.jingyi@shili-tech.example.cn | 交付中心

# 客户：名称 | 行业 | 规模 | 价值 | 标记 | 负责人 | 地址 | 纬度,经度 | 合同额 | 标签
#   - 联系人：姓名 | 职务 | 角色 | 电话 | 邮箱
苏州恒川精密制造有限公司 | 制造业 | large | high | coCreation | sales1 | 江苏省苏州市工业园区星湖街328号 | 31.3,120.74 | 2380000 | 多组织、华东重点
  - 顾建华 | 总经理 | decision_maker | 18921440974 | gu.jianhua@hengchuan-pm.example.cn
  - 钱晓东 | 信息部经理 | it | 18292135577 | qian.xiaodong@hengchuan-pm.example.cn
  - 陆敏 | 仓储主管 | user | 15501432796 | -
杭州鲜丰汇零售连锁有限公司 | 零售 | mid | general | - | sales1 | 浙江省杭州市拱墅区莫干山路1008号 | 30.31,120.14 | 420000 | 门店管理、续约中
  - 方志刚 | 运营总监 | decision_maker | 13624908075 | fang.zhigang@xianfenghui.example.cn
  - 叶倩 | 门店运营专员 | user | 18616561405 | ye.qian@xianfenghui.example.cn
上海迅达通供应链管理有限公司 | 物流 | large | high | benchmark | sales1 | 上海市闵行区申长路988号 | 31.19,121.31 | 3600000 | 标杆客户、多仓协同
  - 黄振宇 | 副总裁 | decision_maker | 18732352691 | huang.zhenyu@xundatong-scm.example.cn
  - 邱立 | IT负责人 | it | 15295641906 | qiu.li@xundatong-scm.example.cn
  - 汪丽娟 | 调度主管 | user | 18178443682 | -
  - 蒋波 | 财务总监 | decision_maker | 13244832665 | jiang.bo@xundatong-scm.example.cn
北京博瑞康医疗器械有限公司 | 医疗 | mid | general | - | sales3 | 北京市大兴区亦庄经济技术开发区科创十三街18号 | 39.78,116.55 | 680000 | GSP合规、需要私有化
  - 孟凡强 | 总经理 | decision_maker | 18636703015 | meng.fanqiang@boruikang-med.example.cn
  - 田雪 | 质量部经理 | user | 18125953876 | -
  - 韩磊 | 信息部经理 | it | 15909098172 | han.lei@boruikang-med.example.cn
成都启明星教育科技有限公司 | 教育 | smb | general | angel | sales2 | 四川省成都市高新区天府大道中段1366号天府软件园E区 | 30.55,104.07 | 68000 | 天使用户
  - 杨帆 | 创始人 | decision_maker | 18200840643 | yang.fan@qimingxing-edu.example.cn
  - 罗佳 | 教务主管 | user | 13074224602 | -
深圳前海盈信融资租赁有限公司 | 金融 | large | high | benchmark | sales2 | 广东省深圳市南山区前海深港合作区梦海大道5035号 | 22.52,113.9 | 1850000 | 需要私有化、等保三级
  - 郑国栋 | 首席风控官 | decision_maker | 18210524185 | zheng.guodong@yingxin-lease.example.cn
  - 苏晴 | IT负责人 | it | 15855453269 | su.qing@yingxin-lease.example.cn
  - 许文杰 | 业务运营经理 | user | 15229407561 | xu.wenjie@yingxin-lease.example.cn
武汉楚天置业发展有限公司 | 房地产 | mid | general | - | sales3 | 湖北省武汉市江汉区建设大道568号 | 30.59,114.27 | 360000 | 竞品替换
  - 蔡伟 | 营销总监 | decision_maker | 18636644427 | cai.wei@chutian-land.example.cn
  - 周婷 | 案场经理 | user | 18077955894 | -
广州味之源餐饮管理有限公司 | 餐饮 | smb | general | - | sales2 | 广东省广州市天河区天河路385号 | 23.13,113.32 | 95000 | 门店管理、连锁
  - 梁家豪 | 总经理 | decision_maker | 13091102086 | liang.jiahao@weizhiyuan-food.example.cn
  - 何美玲 | 店长 | user | 18604692844 | -
宁波海晟新能源科技有限公司 | 能源 | mid | high | coCreation | sales1 | 浙江省宁波市北仑区新碶街道明州路818号 | 29.9,121.84 | 560000 | 共创客户、多组织
  - 胡海峰 | 董事长 | decision_maker | 13220170152 | hu.haifeng@haisheng-energy.example.cn
  - 任志远 | 信息化主管 | it | 13897592174 | ren.zhiyuan@haisheng-energy.example.cn
  - 鲍晓燕 | 计划员 | user | 18616788587 | -
西安智联政务信息服务有限公司 | 政务 | mid | general | - | sales3 | 陕西省西安市高新区锦业路69号 | 34.19,108.87 | 480000 | 需要私有化、信创
  - 屈建军 | 总经理 | decision_maker | 13277578199 | qu.jianjun@zhilian-gov.example.cn
  - 雷鸣 | 技术总监 | it | 15790537455 | lei.ming@zhilian-gov.example.cn
重庆渝州汽车零部件有限公司 | 汽车 | large | high | - | sales2 | 重庆市渝北区空港大道1888号 | 29.72,106.64 | 1260000 | 多工厂、西南重点
  - 谭勇 | 总经理 | decision_maker | 18788522778 | tan.yong@yuzhou-auto.example.cn
  - 冉小琴 | 采购经理 | user | 18837562372 | -
  - 向东 | IT负责人 | it | 13640328099 | xiang.dong@yuzhou-auto.example.cn
合肥智邦电子科技有限公司 | 制造业 | smb | low | - | sales3 | 安徽省合肥市高新区望江西路800号 | 31.83,117.13 | 48000 | -
  - 汪涛 | 总经理 | decision_maker | 15707013430 | wang.tao@zhibang-elec.example.cn
南京金陵汇通物流有限公司 | 物流 | mid | general | - | sales1 | 江苏省南京市江宁区将军大道88号 | 31.91,118.79 | 290000 | 续约中
  - 王晨 | 运营总监 | decision_maker | 18667145871 | wang.chen@huitong-logistics.example.cn
  - 夏雨 | 仓储主管 | user | 18332318645 | -
  - 陶俊 | IT专员 | it | 18183659128 | tao.jun@huitong-logistics.example.cn
上海辰光生物医药有限公司 | 医疗 | large | general | - | sales1 | 上海市浦东新区张江高科技园区蔡伦路780号 | 31.21,121.6 | 1120000 | GSP合规、多组织
  - 宋立新 | 运营副总裁 | decision_maker | 15128154237 | song.lixin@chenguang-bio.example.cn
  - 冯佳 | 信息部经理 | it | 15218078375 | feng.jia@chenguang-bio.example.cn
  - 姚丽 | 销售运营主管 | user | 13534632026 | yao.li@chenguang-bio.example.cn
北京云帆网络科技有限公司 | 互联网 | smb | general | angel | sales3 | 北京市海淀区中关村大街27号 | 39.98,116.32 | 36000 | 天使用户、API集成
  - 刘洋 | CEO | decision_maker | 15974965100 | liu.yang@yunfan-net.example.cn
  - 韦一鸣 | 技术负责人 | it | 15790688086 | -
深圳华科智造电子有限公司 | 制造业 | mid | high | coCreation | sales2 | 广东省深圳市宝安区西乡街道宝源路1065号 | 22.58,113.88 | 750000 | 共创客户、MES对接
  - 陈志明 | 总经理 | decision_maker | 18305066007 | chen.zhiming@huake-mfg.example.cn
  - 黎国强 | 生产总监 | decision_maker | 13073053902 | li.guoqiang@huake-mfg.example.cn
  - 邓小慧 | IT主管 | it | 15103740609 | deng.xiaohui@huake-mfg.example.cn
  - 钟玲 | 计划主管 | user | 15156911361 | -
杭州云溪教育科技有限公司 | 教育 | smb | low | - | sales1 | 浙江省杭州市西湖区文三路477号 | 30.28,120.13 | 25000 | 试用转正
  - 俞斌 | 校区负责人 | decision_maker | 18908677054 | -
苏州姑苏记餐饮连锁有限公司 | 餐饮 | mid | general | - | sales1 | 江苏省苏州市姑苏区人民路1188号 | 31.31,120.62 | 210000 | 连锁、门店管理
  - 沈国平 | 董事长 | decision_maker | 15614419801 | shen.guoping@gusuji.example.cn
  - 朱莉 | 运营经理 | user | 13553825515 | -
  - 范磊 | IT负责人 | it | 15671150664 | -
天津滨海港联物流有限公司 | 物流 | large | high | benchmark | sales3 | 天津市滨海新区天津港保税区海滨八路66号 | 39.01,117.72 | 2950000 | 标杆客户、多仓协同、需要私有化
  - 张伟东 | 总经理 | decision_maker | 15853208856 | zhang.weidong@ganglian-tj.example.cn
  - 刘建 | 信息中心主任 | it | 15832416880 | liu.jian@ganglian-tj.example.cn
  - 孙颖 | 客服主管 | user | 15230525030 | -
长沙湘农丰源农业科技有限公司 | 农业 | smb | general | - | sales3 | 湖南省长沙市岳麓区麓谷大道627号 | 28.22,112.88 | 58000 | 多组织
  - 彭湘 | 总经理 | decision_maker | 15217889159 | peng.xiang@fengyuan-agri.example.cn
  - 廖红 | 财务主管 | user | 15074494775 | -
广州南粤城建集团有限公司 | 建筑 | large | high | - | sales2 | 广东省广州市越秀区环市东路368号 | 23.14,113.29 | - | 招投标中、需要私有化
  - 李振华 | 副总经理 | decision_maker | 15833778045 | li.zhenhua@nanyue-cj.example.cn
  - 吴海 | 信息化部部长 | it | 13524370763 | wu.hai@nanyue-cj.example.cn
  - 张玉 | 项目经理 | user | 15176755439 | -
成都蓉城安居房地产开发有限公司 | 房地产 | mid | low | - | sales2 | 四川省成都市锦江区红星路三段1号 | 30.66,104.08 | 180000 | -
  - 曾伟 | 营销经理 | decision_maker | 15661871232 | zeng.wei@rongcheng-anju.example.cn
武汉光谷芯源半导体有限公司 | 制造业 | large | high | coCreation | sales3 | 湖北省武汉市东湖高新区高新大道999号 | 30.48,114.43 | 4200000 | 共创客户、多工厂、华中重点
  - 万东 | 总裁 | decision_maker | 13928454226 | wan.dong@xinyuan-semi.example.cn
  - 江涛 | CIO | decision_maker | 13189736195 | jiang.tao@xinyuan-semi.example.cn
  - 熊文 | IT经理 | it | 13023847041 | xiong.wen@xinyuan-semi.example.cn
  - 程琳 | 供应链主管 | user | 13218518576 | -
上海悦购便利店有限公司 | 零售 | mid | general | - | sales1 | 上海市静安区南京西路1038号 | 31.23,121.46 | 380000 | 门店管理、竞品替换
  - 倪俊 | 运营总监 | decision_maker | 13235824826 | ni.jun@yuegou-cvs.example.cn
  - 唐敏 | 区域督导 | user | 18710522754 | -
北京京能绿源电力工程有限公司 | 能源 | mid | general | - | sales3 | 北京市丰台区南四环西路188号 | 39.83,116.29 | - | 招投标中
  - 马立军 | 总经理 | decision_maker | 15031148079 | ma.lijun@lvyuan-power.example.cn
  - 董洁 | 信息部经理 | it | 18120150527 | dong.jie@lvyuan-power.example.cn
深圳鹏城速运物流有限公司 | 物流 | smb | low | - | sales2 | 广东省深圳市 | - | 42000 | -
  - 徐强 | 老板 | decision_maker | 15075821911 | -
南京紫金数科信息技术有限公司 | 互联网 | smb | general | - | sales1 | 江苏省南京市雨花台区软件大道101号 | 31.99,118.77 | 75000 | API集成
  - 孔令辉 | CTO | decision_maker | 18020598181 | kong.linghui@zijin-tech.example.cn
  - 石磊 | 运维工程师 | it | 13341096521 | shi.lei@zijin-tech.example.cn
杭州钱塘汇金小额贷款有限公司 | 金融 | mid | general | - | sales1 | 浙江省杭州市上城区钱江路1366号 | 30.25,120.21 | 620000 | 需要私有化、等保三级
  - 金伟 | 总经理 | decision_maker | 15820509597 | jin.wei@huijin-loan.example.cn
  - 毛晓丽 | 风控经理 | user | 13616902370 | -
  - 楼杰 | IT负责人 | it | 15269029551 | lou.jie@huijin-loan.example.cn
西安秦川重工机械有限公司 | 制造业 | large | general | - | sales3 | 陕西省西安市未央区草滩生态产业园尚稷路8989号 | 34.39,108.96 | 980000 | 多工厂
  - 雷振华 | 总经理 | decision_maker | 13008292209 | lei.zhenhua@qinchuan-hi.example.cn
  - 薛刚 | 信息中心主任 | it | 18034464148 | xue.gang@qinchuan-hi.example.cn
  - 贺丽 | 销售内勤 | user | 18298447030 | -
重庆山城老灶火锅餐饮管理有限公司 | 餐饮 | smb | general | - | sales2 | 重庆市渝中区解放碑民族路166号 | 29.56,106.58 | 88000 | 连锁
  - 陈渝 | 总经理 | decision_maker | 18989255388 | chen.yu@laozao-hotpot.example.cn
  - 刘芳 | 财务 | user | 15135879161 | -
宁波甬江教育集团有限公司 | 教育 | mid | general | - | sales1 | 浙江省宁波市鄞州区天童南路588号 | 29.82,121.56 | 260000 | 多校区
  - 应国华 | 总裁 | decision_maker | 15791821255 | ying.guohua@yongjiang-edu.example.cn
  - 胡蓉 | 信息中心主任 | it | 15034103804 | hu.rong@yongjiang-edu.example.cn
  - 包琳 | 招生主管 | user | 18202727625 | -
合肥徽商云仓供应链有限公司 | 物流 | smb | general | - | sales3 | 安徽省合肥市包河区繁华大道2588号 | 31.77,117.28 | 115000 | 多仓协同
  - 吴斌 | 总经理 | decision_maker | 13349947699 | wu.bin@huishang-yuncang.example.cn
  - 方雪 | 仓储主管 | user | 13539729765 | -
深圳海岸线跨境电商有限公司 | 零售 | smb | low | angel | sales2 | 广东省深圳市龙岗区坂田街道五和大道南118号 | 22.63,114.06 | 52000 | 天使用户、竞品替换
  - 林海 | 创始人 | decision_maker | 18856852027 | lin.hai@haianxian.example.cn
  - 黄晓 | 运营专员 | user | 13243588502 | -
昆山瑞丰汽车配件有限公司 | 汽车 | mid | general | - | sales1 | 江苏省苏州市昆山市开发区前进东路579号 | 31.38,121 | 330000 | MES对接
  - 顾卫东 | 总经理 | decision_maker | 13533455206 | gu.weidong@ruifeng-parts.example.cn
  - 张俊 | IT主管 | it | 18885522790 | zhang.jun@ruifeng-parts.example.cn
  - 李红 | 采购主管 | user | 13821408149 | -
北京华信政通科技有限公司 | 政务 | large | high | coCreation | sales3 | 北京市东城区东直门南大街11号 | 39.94,116.43 | 5200000 | 共创客户、信创、需要私有化
  - 赵立平 | 董事长 | decision_maker | 13809380168 | zhao.liping@huaxin-zt.example.cn
  - 钱程 | 项目总监 | decision_maker | 18027391856 | qian.cheng@huaxin-zt.example.cn
  - 孙浩 | 架构师 | it | 18378514263 | sun.hao@huaxin-zt.example.cn
广州粤康连锁药房有限公司 | 医疗 | mid | low | - | sales2 | 广东省广州市海珠区新港中路397号 | 23.1,113.32 | 160000 | 门店管理
  - 叶伟 | 总经理 | decision_maker | 15578971057 | ye.wei@yuekang-pharmacy.example.cn
  - 区敏 | 门店主管 | user | 15750818565 | -
成都天府能源装备有限公司 | 能源 | smb | low | - | sales2 | 四川省成都市 | - | 30000 | -
  - 王刚 | 总经理 | decision_maker | 15113056240 | -
上海申城建设工程管理有限公司 | 建筑 | smb | low | - | sales1 | 上海市杨浦区国定路335号 | 31.3,121.51 | - | 试用中
  - 陈斌 | 项目经理 | user | 15165627855 | -
杭州青禾健康管理有限公司 | 医疗 | smb | low | - | sales2 | 浙江省杭州市滨江区网商路699号 | 30.21,120.21 | 28000 | -
  - 许晴 | 总经理 | decision_maker | 13676544185 | xu.qing@qinghe-health.example.cn
武汉江城教育投资有限公司 | 教育 | smb | low | - | sales3 | 湖北省武汉市 | - | - | 预算待批
  - 胡军 | 校长 | decision_maker | 13500738782 | hu.jun@jiangcheng-edu.example.cn
  - 刘静 | 教务主任 | user | 13996745462 | -
`,
);

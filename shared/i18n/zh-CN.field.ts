/** 简体中文 texts of the field screens: photos, the offline queue, location. */
export const zhCNFieldUi = {
  field: {
    photos: {
      groupLabel: '照片',
      takePhoto: '拍照',
      takePhotoLabel: '拍照（还可添加 {{count}} 张）',
      fromAlbum: '相册',
      fromAlbumLabel: '从相册选择（还可添加 {{count}} 张）',
      count: '{{count}}/{{max}} 张',
      photoAlt: '第 {{index}} 张照片',
      preview: '查看第 {{index}} 张照片',
      remove: '删除第 {{index}} 张照片',
      processing: '正在处理照片…',
      failed: '照片处理失败，请重试',
    },
    pending: {
      title: '待发送 {{count}} 条',
      hint: '已保存在手机上，有网络时会自动发送',
      waiting: '等待网络',
      sending: '正在发送',
      failed: '发送失败',
      retry: '重试',
      retryLabel: '重新发送「{{label}}」',
      discard: '放弃',
      discardLabel: '放弃「{{label}}」',
      discardConfirm: '放弃后「{{label}}」不会再发送，手机上的这份内容也会删除。确定放弃吗？',
      discarded: '已放弃',
    },
    location: {
      locating: '正在定位…',
      denied: '没有定位权限：请在手机设置中允许本应用使用位置信息后重试',
      unavailable: '暂时无法获取位置，请到信号好的地方重试',
      timeout: '定位超时，请重试',
      mock: '检测到模拟定位',
      stale: '这是缓存的位置，不是刚刚定位的',
    },
  },
};

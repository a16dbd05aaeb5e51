import { buildCatalogue } from './buildCatalogue';

/** Simplified Chinese messages (no plural forms). */
export const zhCN = /* @__PURE__ */ buildCatalogue([
  // locale
  'zh-CN',
  // resendLabel
  '重新发送验证码',
  // sendingLabel
  '正在发送…',
  // countdown: the wait, short, as the label stays beside it: seconds, other only
  '{#秒}',
  // codeSent: the medium, neither|text message|email, then the destination, none|#
  '新验证码已{|通过短信|通过邮件}发送{|至 #}。',
  // earlierCodesVoid: appended to both code-sent announcements (with the space between sentences, if any)
  '之前的验证码已失效。',
  // codeSentIfAccountExists
  '如果该账户存在，新验证码已发送。',
  // readyAgain
  '现在可以重新获取验证码了。',
  // limitReached: the end, without|with #
  '已达到目前可获取验证码的次数上限。{请稍后再试。|# 之后可以重新获取。}',
  // unavailable
  '暂时无法发送验证码，请稍后重试或联系客服。',
  // failed
  '出了点问题，请重试。',
  // rateLimited
  '尝试次数过多，请几分钟后重试。',
  // notDelivered
  '验证码未能送达，请稍后重试。',
  // userNotFound
  '未找到该账户，请检查信息后重试。',
  // alreadyConfirmed
  '该账户已确认，您可以直接登录。',
  // offline
  '您似乎已离线，请检查网络连接后重试。',
  // timedOut
  '请求超时，请重试。',
  // cancelled
  '请求已取消。',
  // invalidDetails
  '请检查信息后重试。',
]);

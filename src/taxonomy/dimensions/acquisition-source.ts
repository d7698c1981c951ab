import { defineDimension } from '../define.js';

/**
 * Acquisition source (客户来源): the way through which the customer was first reached or came to the
 * firm. Added by this library after WukongCRM's 客户来源 field, with the channels seed 003 names for
 * winning customers (拓客): outdoor advertising, flyers, radio, telemarketing and local promotion on
 * WeChat Moments.
 */
export const acquisitionSource = /* @__PURE__ */ defineDimension({
  id: 'acquisition_source',
  kind: 'classification',
  ordered: false,
  values: [
    { id: 'promotion' },
    { id: 'search_engine' },
    { id: 'advertising' },
    { id: 'outdoor_ads' },
    { id: 'flyer' },
    { id: 'radio' },
    { id: 'referral' },
    { id: 'online_signup' },
    { id: 'online_inquiry' },
    { id: 'appointment_visit' },
    { id: 'cold_visit' },
    { id: 'telemarketing' },
    { id: 'phone_inquiry' },
    { id: 'email_inquiry' },
    { id: 'social_local' },
  ],
});

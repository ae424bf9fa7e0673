## /extensions N：仅为受邀参加磋商的国家延期。

deadlines-state-not-invited = 所指国家（{ $country }）不在本次磋商的受邀国家之列：延期不会涉及任何人。请输入一个受邀国家的名称。

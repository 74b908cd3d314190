/**
 * Generated from the api's OpenAPI document by apps/console/scripts/api-types.mjs: do not edit.
 */

export interface paths {
  '/api/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accounts scoped inside a unit's subtree (`orgId`; default the caller's own scope, where a `*` caller sees every account), by username */
    get: operations['AccountsController_list'];
    put?: never;
    /** Create an account: a username, a display name, a role and a scope (a unit of the caller’s subtree, or * with a * token), and a first password */
    post: operations['AccountsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{username}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An account (never its password), its revision as ETag */
    get: operations['AccountsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{username}/actions/{action}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An action on an account: disable, enable, reset-password, change-role */
    post: operations['AccountsController_act'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{username}/actions/change-role': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** change-role */
    post: operations['AccountsController_act_change-role'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{username}/actions/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** disable */
    post: operations['AccountsController_act_disable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{username}/actions/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** enable */
    post: operations['AccountsController_act_enable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{username}/actions/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** reset-password */
    post: operations['AccountsController_act_reset-password'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/accounts/{username}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The account's events with their metadata, in order: who created it, granted which role and scope, reset, changed, disabled, locked it, when; never a password hash */
    get: operations['AccountsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Hash-chain check of every stream, streamed as NDJSON lines: start, progress, broken (the first bad event of each broken stream), done
     * @description Needs a whole-deployment token. The status is 200 once the check starts; the last line (`type: "done"`) says whether every stream verified (`ok`) and, if so, the root hash over all stream heads.
     */
    get: operations['AuditController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a roster (XLSX or CSV, Vietnamese headings): a dry run by default, `?commit=<sha256>` writes it; a report per row */
    post: operations['ImportsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The roster template: the Vietnamese headings, one example row, how to fill each column */
    get: operations['ImportsController_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search by name (accents optional), citizen ID or card number, within scope */
    get: operations['MemberQueriesController_search'];
    put?: never;
    /** source-candidate: a person enters the pipeline as a sympathizer of a cell */
    post: operations['MembersController_source'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Current state with the actions available from it */
    get: operations['MembersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/{action}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Any action of the lifecycle (domain.md §2); If-Match and Idempotency-Key honoured */
    post: operations['MembersController_act'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/accept-withdrawal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a withdrawal (Cho ra khỏi Đảng (theo đơn xin ra khỏi Đảng)) */
    post: operations['MembersController_act_accept-withdrawal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/assign-helper': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign a helper (Phân công đảng viên giúp đỡ) */
    post: operations['MembersController_act_assign-helper'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/assign-introducers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign introducers (Phân công người giới thiệu) */
    post: operations['MembersController_act_assign-introducers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/assign-position': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign a position (Giao, bầu giữ chức vụ) */
    post: operations['MembersController_act_assign-position'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/award-badge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Award a party badge (Tặng Huy hiệu Đảng) */
    post: operations['MembersController_act_award-badge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/clear-help-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Clear from the help list (Đưa ra khỏi diện giúp đỡ) */
    post: operations['MembersController_act_clear-help-list'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/complete-awareness-course': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Complete the awareness course (Hoàn thành lớp bồi dưỡng nhận thức về Đảng) */
    post: operations['MembersController_act_complete-awareness-course'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/correct-details': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Correct details (Đính chính thông tin) */
    post: operations['MembersController_act_correct-details'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/decide-admission': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decide the admission (Quyết định kết nạp) */
    post: operations['MembersController_act_decide-admission'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/discipline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Discipline (Thi hành kỷ luật) */
    post: operations['MembersController_act_discipline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/end-candidacy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the candidacy (Dừng xem xét kết nạp) */
    post: operations['MembersController_act_end-candidacy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/end-exemption': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the exemption (Thôi miễn công tác và sinh hoạt đảng) */
    post: operations['MembersController_act_end-exemption'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/end-position': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End a position (Thôi giữ chức vụ) */
    post: operations['MembersController_act_end-position'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/grant-exemption': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Grant an exemption (Miễn công tác và sinh hoạt đảng) */
    post: operations['MembersController_act_grant-exemption'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/hold-ceremony': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hold the admission ceremony (Tổ chức lễ kết nạp) */
    post: operations['MembersController_act_hold-ceremony'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/issue-card': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue the party card (Phát thẻ đảng viên) */
    post: operations['MembersController_act_issue-card'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/put-on-help-list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Put on the help list (Đưa vào diện giúp đỡ (rà soát, sàng lọc)) */
    post: operations['MembersController_act_put-on-help-list'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/readmit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Readmit (Kết nạp lại) */
    post: operations['MembersController_act_readmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/recognize-official': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Recognize as official (Quyết định công nhận đảng viên chính thức) */
    post: operations['MembersController_act_recognize-official'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/record-background-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the background check (Ghi kết luận thẩm tra lý lịch) */
    post: operations['MembersController_act_record-background-check'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/record-cell-vote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the cell vote (Ghi nghị quyết chi bộ đề nghị kết nạp) */
    post: operations['MembersController_act_record-cell-vote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/record-committee-vote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the grassroots committee vote (Ghi nghị quyết đảng ủy cơ sở) */
    post: operations['MembersController_act_record-committee-vote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/record-death': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a death (Ghi nhận từ trần) */
    post: operations['MembersController_act_record-death'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/record-opinion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record an opinion (Ghi ý kiến nhận xét) */
    post: operations['MembersController_act_record-opinion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/record-rating': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the annual rating (Đánh giá, xếp loại chất lượng) */
    post: operations['MembersController_act_record-rating'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/record-recognition-vote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the recognition vote (Ghi nghị quyết đề nghị công nhận chính thức) */
    post: operations['MembersController_act_record-recognition-vote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/record-residence-village': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the village of residence (Ghi thôn, tổ dân phố nơi cư trú) */
    post: operations['MembersController_act_record-residence-village'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/refuse-admission': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refuse the admission (Không đồng ý kết nạp) */
    post: operations['MembersController_act_refuse-admission'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/refuse-recognition': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refuse recognition (Xóa tên trong danh sách đảng viên dự bị) */
    post: operations['MembersController_act_refuse-recognition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/remove-name': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Remove the name (Xóa tên đảng viên) */
    post: operations['MembersController_act_remove-name'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/submit-application': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit the application (Nộp đơn xin vào Đảng) */
    post: operations['MembersController_act_submit-application'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/actions/transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Transfer (Chuyển sinh hoạt đảng) */
    post: operations['MembersController_act_transfer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every event of the member with its metadata, in stream order; filters on the business date and the type; text/csv export */
    get: operations['HistoryController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/state': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The state folded from the events that had happened by asOf and were recorded by knownAt; names the late entries */
    get: operations['HistoryController_state'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hash-chain check of the member's stream: ok, or the first event that does not match */
    get: operations['HistoryController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register members who exist already (register-existing per row); idempotent by citizen ID */
    post: operations['MembersController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Establish a unit (a root unit needs a whole-deployment admin token) */
    post: operations['OrgsController_establish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The unit and its parent chain */
    get: operations['OrgsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/{id}/actions/{action}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An action on a unit: rename, move, merge-into, dissolve, grant-admission-authority, revoke-admission-authority, record-rating */
    post: operations['OrgsController_act'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/{id}/actions/dissolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** dissolve */
    post: operations['OrgsController_act_dissolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/{id}/actions/grant-admission-authority': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** grant-admission-authority */
    post: operations['OrgsController_act_grant-admission-authority'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/{id}/actions/merge-into': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** merge-into */
    post: operations['OrgsController_act_merge-into'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/{id}/actions/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** move */
    post: operations['OrgsController_act_move'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/{id}/actions/record-rating': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** record-rating */
    post: operations['OrgsController_act_record-rating'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/{id}/actions/rename': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** rename */
    post: operations['OrgsController_act_rename'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/{id}/actions/revoke-admission-authority': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** revoke-admission-authority */
    post: operations['OrgsController_act_revoke-admission-authority'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/{id}/admissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Admissions decided in a year per unit, against its plan, with the percentage, broken down by area, gender, ethnicity, religion, age band and Youth Union origin; the units as the tree stood at the end of the period */
    get: operations['OrgQueriesController_admissions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/{id}/pipeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Candidates per stage, median days between stages, steps overdue */
    get: operations['OrgQueriesController_pipeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/{id}/plans/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set or revise the admission target of a unit for a year */
    put: operations['OrgsController_setPlan'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/{id}/roster': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everyone with a record in the subtree, by name; filters; `Accept: text/csv` exports all pages */
    get: operations['OrgQueriesController_roster'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/{id}/statistics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** domain.md §4 for the subtree with a row per child unit; today from the rolled-up counters, a past `asOf` with the tree of that date */
    get: operations['OrgQueriesController_statistics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/orgs/{id}/tree': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The subtree, `depth` levels down; as the tree stood on `asOf` if given */
    get: operations['OrgQueriesController_tree'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Each projection: the version it serves, its position and lag in events, a rebuild under way */
    get: operations['ProjectionsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projections/{name}/rebuild': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rebuilds a projection into fresh tables while the current ones keep serving, then swaps (blue/green) */
    post: operations['ProjectionsController_rebuild'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in person and their session (no cookie is set) */
    get: operations['SessionController_current'];
    put?: never;
    /** Sign in: sets the session cookie (mf_session) and the CSRF cookie (mf_csrf); rate-limited per address and per username; locked for 15 minutes after 5 failures in 15 minutes */
    post: operations['SessionController_signIn'];
    /** Sign out: the session ends on every replica (recorded in the account) and both cookies are cleared */
    delete: operations['SessionController_signOut'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/session/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change one's own password: the current one is needed (a wrong one counts as a failed sign-in); this session goes on (its cookie is re-issued), the others of the account end */
    post: operations['SessionController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/villages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Establish a village of a commune or ward */
    post: operations['VillagesController_establish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/villages/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The village, its commune and its serving cell */
    get: operations['VillagesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/villages/{id}/actions/{action}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** An action on a village: rename, move, assign-cell, release-cell, merge-into, dissolve */
    post: operations['VillagesController_act'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/villages/{id}/actions/assign-cell': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** assign-cell */
    post: operations['VillagesController_act_assign-cell'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/villages/{id}/actions/dissolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** dissolve */
    post: operations['VillagesController_act_dissolve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/villages/{id}/actions/merge-into': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** merge-into */
    post: operations['VillagesController_act_merge-into'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/villages/{id}/actions/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** move */
    post: operations['VillagesController_act_move'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/villages/{id}/actions/release-cell': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** release-cell */
    post: operations['VillagesController_act_release-cell'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/villages/{id}/actions/rename': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** rename */
    post: operations['VillagesController_act_rename'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/worklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Steps due or overdue per member, soonest first, each with the rule that sets its deadline */
    get: operations['MemberQueriesController_worklist'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and readiness: the event store answers; each projection with its position and lag */
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus metrics (no ids or person data in labels) */
    get: operations['MetricsController_scrape'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AcceptWithdrawalDto: {
      /**
       * @description The unit that decided.
       * @example dang-bo-huyen-a
       */
      decidingUnitId: string;
      /**
       * @description The decision number.
       * @example 125-QĐ/HU
       */
      decisionNo: string;
      /** @description The deciding body's vote (R-AUTHORITY): its standing committee must vote more than 1/2 of its members in favor, an authorised grassroots committee at least 2/3; checked and recorded when stated. */
      decisionVote?: components['schemas']['VoteTallyDto'];
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
      /**
       * @description The date of the written request.
       * @example 2025-02-10
       */
      requestedOn: string;
      /**
       * @description The special family hardship the request gives: readmission stays open (QĐ 24 §3.5); without it, someone who asked to leave is never readmitted.
       * @example Chăm sóc cha mẹ già ốm đau
       */
      specialFamilyHardship?: string;
    };
    /** @description An account's events with their metadata, in stream order: who created it, granted which role and scope, reset or changed its password, disabled, locked it, when. Password hashes are never shown. */
    AccountHistory: {
      count: number;
      events: components['schemas']['HistoryEntry'][];
      revision: number;
      username: string;
    };
    /** @description Accounts scoped inside the unit (or the caller’s subtree), by username. */
    AccountList: {
      items: {
        /** Format: date-time */
        createdAt: string;
        displayName: string;
        /**
         * @description A unit id, or * for the whole deployment
         * @example huyen-tx
         */
        orgScope: string;
        /** @enum {string} */
        role: 'officer' | 'auditor' | 'analyst' | 'admin';
        /**
         * @description `locked` while a lock after repeated failed sign-ins is in force
         * @enum {string}
         */
        status: 'active' | 'disabled' | 'locked';
        username: string;
      }[];
      page: number;
      size: number;
      /** @description Accounts matching, all pages */
      total: number;
    };
    /** @description An account of a person (no password, no hash). */
    AccountView: {
      /** Format: date-time */
      createdAt: string;
      /** @description Who created it (a username, a token subject, the CLI) */
      createdBy: string;
      /** @example Nguyễn Văn An */
      displayName: string;
      /**
       * Format: date-time
       * @description While locked: when the lock runs out
       */
      lockedUntil?: string;
      /** @description The holder must choose a new password before anything else */
      mustChangePassword: boolean;
      /**
       * @description A unit id, or * for the whole deployment
       * @example huyen-tx
       */
      orgScope: string;
      /** Format: date-time */
      passwordChangedAt?: string;
      /** @description The revision of its stream: the ETag */
      revision: number;
      /** @enum {string} */
      role: 'officer' | 'auditor' | 'analyst' | 'admin';
      /**
       * @description `locked` while a lock after repeated failed sign-ins is in force
       * @enum {string}
       */
      status: 'active' | 'disabled' | 'locked';
      /** @example can-bo-to-chuc */
      username: string;
    };
    /** @description A unit's admission plan for a year. */
    AdmissionPlan: {
      /** Format: date */
      lastChangedOn?: string;
      orgId: string;
      /** @description The revision of the plan: the ETag */
      revision: number;
      /** @description Admissions planned for the year */
      target?: number;
      year: number;
    };
    /** @description Admissions decided in a year per unit, against its plan. */
    Admissions: {
      children: {
        admitted: number;
        breakdown: components['schemas']['AdmissionsBreakdown'];
        /** @description Admitted as a percentage of the target, two decimals */
        percent: number | null;
        /** @description The unit's own plan for the year, if one was set */
        target: number | null;
        unit: components['schemas']['UnitSummary'];
        unitId: string;
      }[];
      /** @description From the first day of the year to asOf (the end of the year, today for this year); the units are those of the tree of its last day */
      period: {
        /** Format: date */
        from: string;
        /** Format: date */
        to: string;
      };
      total: components['schemas']['AdmissionsRow'];
      unit: components['schemas']['UnitSummary'];
      year: number;
    };
    /** @description Admitted by area of the cell, gender, ethnicity (minority or Kinh), religion, age band at the decision, Youth Union origin (a Youth Union member or put forward by it) */
    AdmissionsBreakdown: {
      ageBand: {
        '18-30': number;
        '31-40': number;
        '41-50': number;
        '51-60': number;
        'over-60': number;
      };
      area: {
        border: number;
        remote: number;
        rural: number;
        urban: number;
      };
      ethnicity: {
        kinh: number;
        minority: number;
      };
      gender: {
        female: number;
        male: number;
      };
      religion: {
        none: number;
        religious: number;
      };
      youthUnion: {
        member: number;
        not_member: number;
      };
    };
    AdmissionsRow: {
      admitted: number;
      breakdown: components['schemas']['AdmissionsBreakdown'];
      /** @description Admitted as a percentage of the target, two decimals */
      percent: number | null;
      /** @description The unit's own plan for the year, if one was set */
      target: number | null;
      unitId: string;
    };
    AssignHelperDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /** @description An official member. */
      helperId: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    AssignIntroducersDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /** @description Two introducers, or one and a resolution. */
      introducers: components['schemas']['IntroductionDto'][];
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description A Youth Union (or trade union) executive committee resolution replacing one introducer. */
      organizationResolution?: components['schemas']['OrganizationResolutionDto'];
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    AssignPositionDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /**
       * @description mass_organization_head: the Front or the mass organization it heads.
       * @enum {string}
       */
      organization?:
        | 'youth_union'
        | 'women_union'
        | 'trade_union'
        | 'veterans_association'
        | 'farmers_association'
        | 'fatherland_front'
        | 'other';
      /**
       * @example village_head
       * @enum {string}
       */
      position:
        | 'village_head'
        | 'deputy_village_head'
        | 'cell_secretary'
        | 'cell_deputy_secretary'
        | 'committee_secretary'
        | 'committee_deputy_secretary'
        | 'committee_member'
        | 'mass_organization_head'
        | 'commune_cadre';
      /** @description Why, in the officer’s words. */
      reason?: string;
      /**
       * @description The unit: the cell of a cell post, the committee of a committee post (its kind gives the level), the commune of a commune cadre, the unit of a mass organization.
       * @example chi-bo-thon-dong
       */
      unitId?: string;
      /**
       * @description The village, for village_head and deputy_village_head (and a mass organization of a village).
       * @example thon-dong
       */
      villageId?: string;
    };
    AssignVillageCellDto: {
      /**
       * @description A residential cell of the village’s commune.
       * @example chi-bo-thon-dong
       */
      cellId: string;
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    AwardBadgeDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description Years of party age: 30, 40, 45 ... 90.
       * @example 30
       */
      milestoneYears: number;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    /** @description A message in Vietnamese and English. */
    Bilingual: {
      /** @description English */
      en: string;
      /** @description Vietnamese */
      vi: string;
    };
    /** @description The first event of a stream that does not match. */
    BrokenEvent: {
      eventId?: string;
      eventType?: string;
      message: components['schemas']['Bilingual'];
      position?: string;
      /** @enum {string} */
      reason: 'missing_event' | 'missing_tail' | 'out_of_order' | 'broken_link' | 'hash_mismatch';
      /** @description Where the chain breaks */
      revision: number;
      streamId: string;
    };
    Card: {
      active: boolean;
      /** @description Not shown to analysts. */
      cardNo?: string;
      /** Format: date */
      issuedOn: string;
    };
    ChangePasswordDto: {
      /** Format: password */
      currentPassword: string;
      /**
       * Format: password
       * @description at least 10 characters (R-PASSWORD-LENGTH), not containing the username
       */
      newPassword: string;
    };
    ChangeRoleDto: {
      /**
       * @description A unit id, or * for the whole deployment
       * @example huyen-tx
       */
      orgScope: string;
      /** @description Why, in the administrator’s words. */
      reason?: string;
      /**
       * @example auditor
       * @enum {string}
       */
      role: 'officer' | 'auditor' | 'analyst' | 'admin';
    };
    ClearHelpListDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
      /** @example Đã tiến bộ, hoàn thành nhiệm vụ */
      summary: string;
    };
    CompleteAwarenessCourseDto: {
      /** @example 2025-02-28 */
      certificateDate: string;
      /** @example CN-2025-0123 */
      certificateNo: string;
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /** @example Trung tâm Chính trị huyện */
      issuer: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    ConvictionDto: {
      /**
       * @description When the conviction was expunged (xóa án tích): the 60-month wait runs from it.
       * @example 2019-06-02
       */
      expungedOn?: string;
      /**
       * @example less_serious
       * @enum {string}
       */
      severity: 'less_serious' | 'serious' | 'very_serious' | 'especially_serious';
    };
    CorrectDetailsDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description The corrected fields with their new values. */
      person: components['schemas']['PersonCorrectionDto'];
      /** @description Why the record is corrected (required). */
      reason?: string;
    };
    CreateAccountDto: {
      /** @example Nguyễn Văn An */
      displayName: string;
      /** @description The holder must choose a password of their own at first sign-in (default false) */
      mustChangePassword?: boolean;
      /**
       * @description The unit the account acts within (its subtree), or * for the whole deployment
       * @example huyen-tx
       */
      orgScope: string;
      /**
       * Format: password
       * @description at least 10 characters (R-PASSWORD-LENGTH), not containing the username
       */
      password: string;
      /** @description Why, in the administrator’s words. */
      reason?: string;
      /**
       * @example officer
       * @enum {string}
       */
      role: 'officer' | 'auditor' | 'analyst' | 'admin';
      /**
       * @description 3–64 of a-z, 0-9, ".", "_", "-" (R-ACCOUNT-USERNAME)
       * @example can-bo-to-chuc
       */
      username: string;
    };
    DecideAdmissionDto: {
      /**
       * @description The unit that decided.
       * @example dang-bo-huyen-a
       */
      decidingUnitId: string;
      /**
       * @description The decision number.
       * @example 125-QĐ/HU
       */
      decisionNo: string;
      /** @description The deciding body's vote (R-AUTHORITY): its standing committee must vote more than 1/2 of its members in favor, an authorised grassroots committee at least 2/3; checked and recorded when stated. */
      decisionVote?: components['schemas']['VoteTallyDto'];
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The deadline was extended (by 30 working days).
       * @example false
       */
      extended?: boolean;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    DisableAccountDto: {
      /** @description Why, in the administrator’s words. */
      reason?: string;
    };
    DisciplineDto: {
      /**
       * @description The unit that decided.
       * @example dang-bo-huyen-a
       */
      decidingUnitId: string;
      /**
       * @description The decision number.
       * @example 125-QĐ/HU
       */
      decisionNo: string;
      /** @description The deciding body's vote (R-AUTHORITY): its standing committee must vote more than 1/2 of its members in favor, an authorised grassroots committee at least 2/3; checked and recorded when stated. */
      decisionVote?: components['schemas']['VoteTallyDto'];
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @example warning
       * @enum {string}
       */
      form: 'reprimand' | 'warning' | 'dismissal_from_post' | 'expulsion';
      /**
       * @description An expulsion for serious disunity, corruption or a conviction for a serious offence: never readmitted (QĐ 24 §3.5).
       * @example corruption
       * @enum {string}
       */
      graveViolation?: 'serious_disunity' | 'corruption' | 'serious_crime';
      /**
       * @description The superior inspection commission's approval; required for expulsion.
       * @example 12-QĐ/UBKT
       */
      inspectionApprovalRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
      /** @example Vi phạm quy định về đảng phí */
      violation: string;
      /** @description The cell's vote; required for expulsion. */
      vote?: components['schemas']['VoteTallyDto'];
    };
    DissolveOrgDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    DissolveVillageDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    /** @description The admission dossier. */
    Dossier: {
      backgroundCheck?: {
        /** @enum {string} */
        conclusion: 'clear' | 'concerns';
        /** Format: date */
        on: string;
      };
      introductions?: {
        /** @description Not shown to analysts. */
        introducers?: {
          /** Format: date */
          knownSince: string;
          memberId: string;
        }[];
        /** Format: date */
        on: string;
        organizationResolution?: {
          /** @enum {string} */
          organization: 'youth_union' | 'trade_union';
          resolutionRef: string;
        };
      };
      /** @description The latest opinion of each source */
      opinions: {
        mass_organization?: {
          favorable: boolean;
          /** Format: date */
          on: string;
        };
        residence_cell?: {
          favorable: boolean;
          /** Format: date */
          on: string;
        };
      };
    };
    EnableAccountDto: {
      /** @description Why, in the administrator’s words. */
      reason?: string;
    };
    EndCandidacyDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why the candidacy ends. */
      reason?: string;
    };
    EndExemptionDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    EndPositionDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /**
       * @description mass_organization_head: the Front or the mass organization it heads.
       * @enum {string}
       */
      organization?:
        | 'youth_union'
        | 'women_union'
        | 'trade_union'
        | 'veterans_association'
        | 'farmers_association'
        | 'fatherland_front'
        | 'other';
      /**
       * @example village_head
       * @enum {string}
       */
      position:
        | 'village_head'
        | 'deputy_village_head'
        | 'cell_secretary'
        | 'cell_deputy_secretary'
        | 'committee_secretary'
        | 'committee_deputy_secretary'
        | 'committee_member'
        | 'mass_organization_head'
        | 'commune_cadre';
      /** @description Why, in the officer’s words. */
      reason?: string;
      /**
       * @description The unit: the cell of a cell post, the committee of a committee post (its kind gives the level), the commune of a commune cadre, the unit of a mass organization.
       * @example chi-bo-thon-dong
       */
      unitId?: string;
      /**
       * @description The village, for village_head and deputy_village_head (and a mass organization of a village).
       * @example thon-dong
       */
      villageId?: string;
    };
    EstablishOrgDto: {
      attributes: components['schemas']['OrgAttributesDto'];
      /** @example CB-T1 */
      code: string;
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The new unit’s id; generated when omitted.
       * @example chi-bo-thon-1
       */
      id?: string;
      /**
       * @example cell
       * @enum {string}
       */
      kind:
        | 'central'
        | 'province'
        | 'direct_committee'
        | 'grassroots_committee'
        | 'grassroots_cell'
        | 'partial_committee'
        | 'cell';
      /** @example Chi bộ Thôn 1 */
      name: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /**
       * @description The parent unit; omitted only for a root unit (a province, or central).
       * @example dang-bo-xa-a
       */
      parentId?: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    EstablishVillageDto: {
      /**
       * @description The residential cell serving the village, if one does.
       * @example chi-bo-thon-dong
       */
      cellId?: string;
      /** @example T-DONG */
      code?: string;
      /**
       * @description The commune or ward: the unit of the party tree standing for it (its grassroots committee; from 1/7/2025 its committee directly under the province).
       * @example dang-bo-xa-a
       */
      communeId: string;
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The new village’s id; generated when omitted.
       * @example thon-dong
       */
      id?: string;
      /**
       * @example village
       * @enum {string}
       */
      kind: 'village' | 'hamlet' | 'residential_group';
      /** @example Thôn Đông */
      name: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    /** @description One event and how the question treats it. */
    EventVerdict: {
      daysLate: number;
      eventId: string;
      excludedBy: ('asOf' | 'knownAt')[];
      included: boolean;
      late: boolean;
      /** Format: date */
      occurredOn: string;
      /** Format: date-time */
      recordedAt: string;
      revision: number;
      type: string;
    };
    FieldError: {
      /** @description The field by its path (person.dateOfBirth), a query parameter or a header */
      field: string;
      messages: string[];
      /** @description The same messages in Vietnamese, in the same order (body fields) */
      vi?: string[];
    };
    /** @description The figures of domain.md §4 for a subtree. */
    Figures: {
      /** @description Events of the period: admissions and their breakdowns (admitted.<dimension>.<value>), recognitions, removals, ratings of members (rating.*) and of organizations (orgRating.*) counted by the year rated, cards, deaths */
      flows: {
        admitted: number;
        'admitted.ageBand.18-30': number;
        'admitted.ageBand.31-40': number;
        'admitted.ageBand.41-50': number;
        'admitted.ageBand.51-60': number;
        'admitted.ageBand.over-60': number;
        'admitted.area.border': number;
        'admitted.area.remote': number;
        'admitted.area.rural': number;
        'admitted.area.urban': number;
        'admitted.ethnicity.kinh': number;
        'admitted.ethnicity.minority': number;
        'admitted.gender.female': number;
        'admitted.gender.male': number;
        'admitted.religion.none': number;
        'admitted.religion.religious': number;
        'admitted.youthUnion.member': number;
        'admitted.youthUnion.not_member': number;
        cardIssued: number;
        deceased: number;
        'orgRating.complete': number;
        'orgRating.excellent': number;
        'orgRating.good': number;
        'orgRating.not_complete': number;
        'rating.complete': number;
        'rating.excellent': number;
        'rating.good': number;
        'rating.not_complete': number;
        recognized: number;
        'removed.expelled': number;
        'removed.name_removed': number;
        'removed.probation_not_recognized': number;
        'removed.withdrawn': number;
      };
      leadership: components['schemas']['Leadership'];
      members: {
        byAgeBand: {
          '18-30': number;
          '31-40': number;
          '41-50': number;
          '51-60': number;
          'over-60': number;
        };
        byDimension: {
          education: {
            literate: number;
            lower_secondary: number;
            primary: number;
            upper_secondary: number;
          };
          ethnicity: {
            kinh: number;
            minority: number;
          };
          exemption: {
            active: number;
            exempt: number;
          };
          gender: {
            female: number;
            male: number;
          };
          politicalTheory: {
            advanced: number;
            bachelor: number;
            elementary: number;
            intermediate: number;
            none: number;
          };
          professionalLevel: {
            college: number;
            doctorate: number;
            elementary: number;
            intermediate: number;
            master: number;
            none: number;
            university: number;
          };
          religion: {
            none: number;
            religious: number;
          };
          youthUnion: {
            member: number;
            not_member: number;
          };
        };
        /** @description Probationary and official members */
        total: number;
      };
      /** @description Everyone with a record in the subtree, by stage */
      people: {
        admission_decided: number;
        applying: number;
        candidacy_ended: number;
        cell_resolved: number;
        committee_endorsed: number;
        course_completed: number;
        deceased: number;
        official: number;
        probationary: number;
        removed: number;
        sympathizer: number;
      };
      /** @description Active units below the unit, by kind */
      units: {
        cell: number;
        central: number;
        direct_committee: number;
        grassroots_cell: number;
        grassroots_committee: number;
        partial_committee: number;
        province: number;
      };
    };
    GenerationStatus: {
      generation: number;
      /** @description Events in the store after its checkpoint */
      lag: number;
      position: number;
      version: number;
    };
    GrantAdmissionAuthorityDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    GrantExemptionDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @example elderly
       * @enum {string}
       */
      ground: 'elderly' | 'ill';
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    /** @description The service is up: its store answers. Lag is information, not failure. */
    Health: {
      projections:
        | {
            /** @description A rebuild is under way */
            building: boolean;
            /** @description Events behind the store */
            lag?: number;
            name: string;
            /** @description Absent while it serves no generation */
            position?: number;
          }[]
        | {
            error: string;
            /** @enum {string} */
            status: 'unavailable';
          };
      /** @enum {string} */
      status: 'ok';
      store: {
        /** @description The position of the last event (a decimal integer) */
        headPosition: string;
        latencyMs: number;
        /** @enum {string} */
        status: 'up';
      };
    };
    /** @description The store does not answer. */
    HealthUnavailable: {
      /** @enum {string} */
      status: 'unavailable';
      store: {
        error: string;
        /** @enum {string} */
        status: 'down';
      };
    };
    /** @description A position taken, held now or in the past. */
    HeldPosition: {
      /** Format: date */
      from: string;
      /**
       * @description A party post: the level of its committee
       * @enum {string}
       */
      level?: 'central' | 'province' | 'direct' | 'grassroots' | 'partial' | 'cell';
      /** @enum {string} */
      organization?:
        | 'youth_union'
        | 'women_union'
        | 'trade_union'
        | 'veterans_association'
        | 'farmers_association'
        | 'fatherland_front'
        | 'other';
      /** @enum {string} */
      position:
        | 'village_head'
        | 'deputy_village_head'
        | 'cell_secretary'
        | 'cell_deputy_secretary'
        | 'committee_secretary'
        | 'committee_deputy_secretary'
        | 'committee_member'
        | 'mass_organization_head'
        | 'commune_cadre';
      /** @description A cell post: whether the cell is residential */
      residential?: boolean;
      /** @description The cell, committee or commune it is held in */
      unitId?: string;
      /**
       * Format: date
       * @description The first day it is no longer held; absent while held
       */
      until?: string;
      /** @description Where a village post is held */
      villageId?: string;
    };
    /** @description One event as an auditor reads it. */
    HistoryEntry: {
      /**
       * @description The action that recorded it
       * @example record-cell-vote
       */
      action?: string;
      actor: {
        id: string;
        /** @description The token's scope */
        orgId: string;
        /** @description The roles of the token, comma-separated */
        role: string;
      };
      causationId: string;
      /** @description For corrections: each field with its old and new value */
      changes?: {
        field: string;
        new?: unknown;
        old?: unknown;
      }[];
      commandId: string;
      correlationId: string;
      /** @description The event's data, as recorded */
      data?: unknown;
      documentRef?: string;
      eventId: string;
      hash: string;
      /** @description Recorded after the end of its business day (Vietnam time) */
      late: boolean;
      /**
       * Format: date
       * @description The business date the officer stated
       */
      occurredOn: string;
      policyVersion?: string;
      /** @description The position in the global log (a decimal integer) */
      position: string;
      prevHash: string;
      reason?: string;
      /**
       * Format: date-time
       * @description When the store recorded it
       */
      recordedAt: string;
      revision: number;
      rulesPassed: {
        /** @example R-VOTE */
        code: string;
        en: string;
        vi: string;
      }[];
      /** @enum {string} */
      rulesSource: 'recorded' | 'transition-table' | 'none';
      schemaVersion: number;
      /**
       * @description The event type
       * @example CellVoteRecorded
       */
      type: string;
      /** @description Rules that flagged the step without forbidding it */
      warnings: {
        details?: {
          [key: string]: unknown;
        };
        message: components['schemas']['Bilingual'];
        rule: string;
      }[];
    };
    HoldCeremonyDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /** @description The helper for the probation, when it changes. */
      helperId?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
      /**
       * @description The superior committee's consent to a late ceremony.
       * @example 88-CV/HU
       */
      superiorConsentRef?: string;
    };
    ImportMembersDto: {
      members: components['schemas']['RegisterExistingDto'][];
    };
    ImportReport: {
      created: number;
      file: {
        bytes: number;
        /** @enum {string} */
        format: 'xlsx' | 'csv';
        name: string;
        /** @description Send it back as ?commit= to write this file */
        sha256: string;
        /** @description The worksheet read (XLSX) */
        sheet: string | null;
      };
      header: {
        columns: {
          /**
           * @description Its letter
           * @example D
           */
          column: string;
          /**
           * @description What the column is read as
           * @example dateOfBirth
           */
          field: string;
          /**
           * @description As the file heads it
           * @example Ngày sinh
           */
          heading: string;
        }[];
        /** @description Headings of columns the import does not read */
        ignored: string[];
        /** @description The row of the headings */
        row: number;
      };
      /**
       * @description dry-run: nothing was written
       * @enum {string}
       */
      mode: 'dry-run' | 'commit';
      refused: number;
      /** @description The business date the members are registered on (YYYY-MM-DD) */
      registeredOn: string;
      results: components['schemas']['ImportRowResult'][];
      /** @description Rows under the header with something in them */
      rows: number;
      unchanged: number;
    };
    ImportResult: {
      /** @description Rows whose member was registered already (idempotent by citizen ID) */
      exists: number;
      registered: number;
      rejected: number;
      results: components['schemas']['ImportRow'][];
    };
    ImportRow: {
      /** @description The member id */
      id: string;
      /** @description The row of the request */
      index: number;
      problem?: components['schemas']['Problem'];
      /** @description registered: the revision */
      revision?: number;
      /**
       * @description registered: the stage
       * @enum {string}
       */
      stage?:
        | 'sympathizer'
        | 'course_completed'
        | 'applying'
        | 'cell_resolved'
        | 'committee_endorsed'
        | 'admission_decided'
        | 'probationary'
        | 'official'
        | 'removed'
        | 'deceased'
        | 'candidacy_ended';
      /** @enum {string} */
      status: 'registered' | 'exists' | 'rejected';
    };
    /** @description Why a row is refused, or a note on it. */
    ImportRowReason: {
      /**
       * @description missing, invalid_value, invalid_date, invalid_citizen_id, formula, cell_error, too_long, date_order, stage_not_registrable, duplicate_in_file, unknown_cell, ambiguous_cell, already_registered, out_of_scope, the code of a rule (R-IMPORT-DATES, R-PERSON, R-CELL-ACTIVE, …); notes: padded, positions_not_imported
       * @example invalid_date
       */
      code: string;
      /**
       * @description The column, as the file heads it
       * @example Ngày sinh
       */
      column?: string;
      message: components['schemas']['Bilingual'];
    };
    ImportRowResult: {
      /** @description The member id, derived from the citizen ID */
      memberId?: string;
      /** @description What was read but is worth telling */
      notes: components['schemas']['ImportRowReason'][];
      /** @description Every reason the row is refused; empty otherwise */
      reasons: components['schemas']['ImportRowReason'][];
      /** @description The row in the sheet (1 is the first row) */
      row: number;
      /**
       * @description The stage registered at
       * @example official
       */
      stage?: string;
      /**
       * @description created: registered (a dry run: would be); unchanged: registered already with this data; refused: see reasons
       * @enum {string}
       */
      status: 'created' | 'unchanged' | 'refused';
    };
    IntroductionDto: {
      /**
       * @description Since when they have worked, studied or lived with the applicant.
       * @example 2023-09-01
       */
      knownSince: string;
      /** @description An official member. */
      memberId: string;
    };
    IssueCardDto: {
      /** @example 01000123 */
      cardNo: string;
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
      /**
       * @description Why a new card replaces the active one.
       * @enum {string}
       */
      reissue?: 'lost' | 'damaged' | 'replacement';
    };
    /** @description Villages and who leads them, committee seats (issue 18). */
    Leadership: {
      /** @description Members both secretary of a residential cell and a village head */
      cellSecretariesWhoAreVillageHeads: number;
      /** @description Of the residential cells, two decimals (the report’s 20,08%) */
      cellSecretariesWhoAreVillageHeadsPercent: number | null;
      /** @description Committee seats held by members, by the level of the committee */
      committeeMembersByLevel: {
        cell: number;
        central: number;
        direct: number;
        grassroots: number;
        partial: number;
        province: number;
      };
      /** @description Residential cells, the unit itself included */
      residentialCells: number;
      /** @description Villages whose head is a party member */
      villageHeadsWhoAreMembers: number;
      /** @description Of the villages, two decimals (the report’s 71,76%) */
      villageHeadsWhoAreMembersPercent: number | null;
      /** @description Villages (thôn, bản, tổ dân phố) of the communes in the subtree */
      villages: number;
      /** @description Served by a residential cell */
      villagesWithCell: number;
      /** @description Where fewer than 3 members live (none included) */
      villagesWithFewerThan3Members: number;
      /** @description Where no member lives */
      villagesWithoutMember: number;
    };
    /** @description The date of each step taken, set by the step it names. */
    MemberDates: {
      /** Format: date */
      admissionDecision?: string;
      /** Format: date */
      application?: string;
      /** Format: date */
      candidacyEnded?: string;
      /** Format: date */
      cellResolution?: string;
      /** Format: date */
      ceremony?: string;
      /** Format: date */
      committeeEndorsement?: string;
      /** Format: date */
      courseCertificate?: string;
      /** Format: date */
      death?: string;
      /**
       * Format: date
       * @description The first admission decision ever: party age counts from it
       */
      firstAdmissionDecision?: string;
      /** Format: date */
      officialSince?: string;
      /** Format: date */
      probationEnd?: string;
      /** Format: date */
      recognitionVote?: string;
      /** Format: date */
      removal?: string;
      /** Format: date */
      sourced?: string;
    };
    /** @description A member's events with their metadata, in stream order. */
    MemberHistory: {
      /** @description Events shown */
      count: number;
      events: components['schemas']['HistoryEntry'][];
      /** @description The filter applied */
      filter: {
        /** Format: date */
        from?: string;
        /** Format: date */
        to?: string;
        types?: string[];
      };
      id: string;
      revision: number;
      /** @enum {string} */
      stage:
        | 'new'
        | 'sympathizer'
        | 'course_completed'
        | 'applying'
        | 'cell_resolved'
        | 'committee_endorsed'
        | 'admission_decided'
        | 'probationary'
        | 'official'
        | 'removed'
        | 'deceased'
        | 'candidacy_ended';
    };
    /** @description A member folded from its events. */
    MemberState: {
      admissionDecisionNo?: string;
      /** @description The badges awarded, by years of membership */
      badges: number[];
      /** @description Not shown to analysts. */
      cards?: components['schemas']['Card'][];
      /** @description The cell the member officially belongs to (a temporary stay does not change it) */
      cellId?: string;
      dates: components['schemas']['MemberDates'];
      /** @description Not shown to analysts. */
      disciplines?: {
        /** @enum {string} */
        form: 'reprimand' | 'warning' | 'dismissal_from_post' | 'expulsion';
        /** Format: date */
        on: string;
      }[];
      /** @description Not shown to analysts. */
      dossier?: components['schemas']['Dossier'];
      exemption?: {
        /**
         * @description Not shown to analysts.
         * @enum {string}
         */
        ground?: 'elderly' | 'ill';
        /** Format: date */
        on: string;
      };
      helperId?: string;
      /** @description Not shown to analysts. */
      helpList?: {
        /** @description Not shown to analysts. */
        grounds?: (
          | 'not_complete_two_years'
          | 'reoffended_under_discipline'
          | 'political_or_moral_decline'
          | 'exemplary_conduct_breach'
          | 'low_standing'
        )[];
        /** Format: date */
        on: string;
      };
      /**
       * Format: date
       * @description The business date of the stream's last event: no step may be dated before it
       */
      lastOccurredOn?: string;
      /** Format: date */
      openGapSince?: string;
      /** @description Not shown to analysts. */
      overAgeConsentRef?: string;
      /** @description Periods outside the party, subtracted from party age */
      partyAgeGaps: {
        /** Format: date */
        from: string;
        /** Format: date */
        to: string;
      }[];
      person?: components['schemas']['PersonRecord'];
      /** @description Positions taken, in the order they were taken */
      positions: components['schemas']['HeldPosition'][];
      /** @enum {string} */
      proposedBy?:
        | 'youth_union'
        | 'women_union'
        | 'trade_union'
        | 'veterans_association'
        | 'farmers_association'
        | 'fatherland_front'
        | 'other';
      /** @description Year → grade */
      ratings: {
        [key: string]: 'excellent' | 'good' | 'complete' | 'not_complete';
      };
      readmissions: number;
      removal?: {
        /** @description A withdrawal asked for special family hardship */
        familyHardship?: boolean;
        /** @enum {string} */
        form: 'probation_not_recognized' | 'name_removed' | 'withdrawn' | 'expelled';
        /**
         * @description An expulsion for a violation that bars readmission
         * @enum {string}
         */
        graveViolation?: 'serious_disunity' | 'corruption' | 'serious_crime';
        /**
         * @description Not shown to analysts.
         * @enum {string}
         */
        ground?:
          | 'absent_or_dues_unpaid'
          | 'card_returned'
          | 'no_progress_after_help'
          | 'standards_violated_two_years'
          | 'political_standards';
        /** Format: date */
        on: string;
      };
      /** @description The village the person lives in Not shown to analysts. */
      residenceVillageId?: string;
      /**
       * @description `new`: no event yet (a state asked of a past date)
       * @enum {string}
       */
      stage:
        | 'new'
        | 'sympathizer'
        | 'course_completed'
        | 'applying'
        | 'cell_resolved'
        | 'committee_endorsed'
        | 'admission_decided'
        | 'probationary'
        | 'official'
        | 'removed'
        | 'deceased'
        | 'candidacy_ended';
      temporaryStay?: {
        cellId: string;
        /** Format: date */
        from: string;
        /** @enum {string} */
        purpose: 'work' | 'residence' | 'training';
        /** Format: date */
        until: string;
      };
      /** @description The latest vote of each kind for the current candidacy or probation Not shown to analysts. */
      votes?: {
        cell?: components['schemas']['VoteRecord'];
        committee?: components['schemas']['VoteRecord'];
        recognition?: components['schemas']['VoteRecord'];
      };
    };
    /** @description The state folded from the events that had happened by asOf and were recorded by knownAt. */
    MemberStateAt: {
      /**
       * Format: date
       * @description Business time: the events that had happened by this date
       */
      asOf: string;
      events: components['schemas']['EventVerdict'][];
      existed: boolean;
      id: string;
      /**
       * Format: date-time
       * @description System time: the events recorded by this instant
       */
      knownAt: string;
      /** @description The late entries that happened by asOf */
      lateEvents: components['schemas']['EventVerdict'][];
      /** @description The last event folded; null when none was */
      revision: number | null;
      /** @enum {string} */
      stage:
        | 'new'
        | 'sympathizer'
        | 'course_completed'
        | 'applying'
        | 'cell_resolved'
        | 'committee_endorsed'
        | 'admission_decided'
        | 'probationary'
        | 'official'
        | 'removed'
        | 'deceased'
        | 'candidacy_ended';
      state: components['schemas']['MemberState'];
      summary: {
        excludedByAsOf: number;
        excludedByKnownAt: number;
        included: number;
        /** @description Late entries that happened by asOf but were recorded after knownAt */
        lateExcludedByKnownAt: number;
        lateIncluded: number;
      };
    };
    /** @description A member: its state, its revision and the actions available from its stage. Analysts see it without the fields marked so. */
    MemberView: {
      admissionDecisionNo?: string;
      /** @description The actions the transition table allows from the stage */
      availableActions: (
        | 'source-candidate'
        | 'register-existing'
        | 'assign-helper'
        | 'complete-awareness-course'
        | 'submit-application'
        | 'record-background-check'
        | 'assign-introducers'
        | 'record-opinion'
        | 'record-cell-vote'
        | 'record-committee-vote'
        | 'decide-admission'
        | 'refuse-admission'
        | 'hold-ceremony'
        | 'record-recognition-vote'
        | 'recognize-official'
        | 'refuse-recognition'
        | 'issue-card'
        | 'transfer'
        | 'record-rating'
        | 'grant-exemption'
        | 'end-exemption'
        | 'award-badge'
        | 'put-on-help-list'
        | 'clear-help-list'
        | 'discipline'
        | 'remove-name'
        | 'accept-withdrawal'
        | 'record-death'
        | 'end-candidacy'
        | 'readmit'
        | 'correct-details'
        | 'assign-position'
        | 'end-position'
        | 'record-residence-village'
      )[];
      /** @description The badges awarded, by years of membership */
      badges: number[];
      /** @description Not shown to analysts. */
      cards?: components['schemas']['Card'][];
      /** @description The cell the member officially belongs to (a temporary stay does not change it) */
      cellId?: string;
      dates: components['schemas']['MemberDates'];
      /** @description Not shown to analysts. */
      disciplines?: {
        /** @enum {string} */
        form: 'reprimand' | 'warning' | 'dismissal_from_post' | 'expulsion';
        /** Format: date */
        on: string;
      }[];
      /** @description Not shown to analysts. */
      dossier?: components['schemas']['Dossier'];
      exemption?: {
        /**
         * @description Not shown to analysts.
         * @enum {string}
         */
        ground?: 'elderly' | 'ill';
        /** Format: date */
        on: string;
      };
      helperId?: string;
      /** @description Not shown to analysts. */
      helpList?: {
        /** @description Not shown to analysts. */
        grounds?: (
          | 'not_complete_two_years'
          | 'reoffended_under_discipline'
          | 'political_or_moral_decline'
          | 'exemplary_conduct_breach'
          | 'low_standing'
        )[];
        /** Format: date */
        on: string;
      };
      /** @description The member id (derived from the citizen ID) */
      id: string;
      /**
       * Format: date
       * @description The business date of the stream's last event: no step may be dated before it
       */
      lastOccurredOn?: string;
      /** Format: date */
      openGapSince?: string;
      /** @description Not shown to analysts. */
      overAgeConsentRef?: string;
      /** @description Periods outside the party, subtracted from party age */
      partyAgeGaps: {
        /** Format: date */
        from: string;
        /** Format: date */
        to: string;
      }[];
      person?: components['schemas']['PersonRecord'];
      /** @description Positions taken, in the order they were taken */
      positions: components['schemas']['HeldPosition'][];
      /** @enum {string} */
      proposedBy?:
        | 'youth_union'
        | 'women_union'
        | 'trade_union'
        | 'veterans_association'
        | 'farmers_association'
        | 'fatherland_front'
        | 'other';
      /** @description Year → grade */
      ratings: {
        [key: string]: 'excellent' | 'good' | 'complete' | 'not_complete';
      };
      readmissions: number;
      removal?: {
        /** @description A withdrawal asked for special family hardship */
        familyHardship?: boolean;
        /** @enum {string} */
        form: 'probation_not_recognized' | 'name_removed' | 'withdrawn' | 'expelled';
        /**
         * @description An expulsion for a violation that bars readmission
         * @enum {string}
         */
        graveViolation?: 'serious_disunity' | 'corruption' | 'serious_crime';
        /**
         * @description Not shown to analysts.
         * @enum {string}
         */
        ground?:
          | 'absent_or_dues_unpaid'
          | 'card_returned'
          | 'no_progress_after_help'
          | 'standards_violated_two_years'
          | 'political_standards';
        /** Format: date */
        on: string;
      };
      /** @description The village the person lives in Not shown to analysts. */
      residenceVillageId?: string;
      /** @description The revision of its stream: the ETag */
      revision: number;
      /**
       * @description `new`: no event yet (a state asked of a past date)
       * @enum {string}
       */
      stage:
        | 'new'
        | 'sympathizer'
        | 'course_completed'
        | 'applying'
        | 'cell_resolved'
        | 'committee_endorsed'
        | 'admission_decided'
        | 'probationary'
        | 'official'
        | 'removed'
        | 'deceased'
        | 'candidacy_ended';
      temporaryStay?: {
        cellId: string;
        /** Format: date */
        from: string;
        /** @enum {string} */
        purpose: 'work' | 'residence' | 'training';
        /** Format: date */
        until: string;
      };
      /** @description The latest vote of each kind for the current candidacy or probation Not shown to analysts. */
      votes?: {
        cell?: components['schemas']['VoteRecord'];
        committee?: components['schemas']['VoteRecord'];
        recognition?: components['schemas']['VoteRecord'];
      };
    };
    MergeOrgIntoDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
      /**
       * @description The unit this one is merged into; it takes over its members.
       * @example chi-bo-2
       */
      targetId: string;
    };
    MergeVillageDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
      /**
       * @description Another village of the same commune; its residents count there from then on.
       * @example thon-tay
       */
      targetId: string;
    };
    MoveOrgDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /**
       * @description The new parent unit.
       * @example dang-bo-xa-a
       */
      parentId: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    MoveVillageDto: {
      /**
       * @description The commune or ward it belongs to from now on.
       * @example dang-bo-xa-b
       */
      communeId: string;
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    OrganizationResolutionDto: {
      /**
       * @example youth_union
       * @enum {string}
       */
      organization: 'youth_union' | 'trade_union';
      /** @example 12-NQ/ĐTN */
      resolutionRef: string;
    };
    OrganizationTallyDto: {
      /** @example 2 */
      excellent: number;
      /** @example 10 */
      good: number;
    };
    OrgAttributesDto: {
      /**
       * @description Authorised to decide admissions (được ủy quyền kết nạp). Grassroots committees only.
       * @example false
       */
      admissionAuthority?: boolean;
      /**
       * @description The area the unit serves, for statistics.
       * @example rural
       * @enum {string}
       */
      area: 'urban' | 'rural' | 'border' | 'remote';
      /**
       * @description Direct committees only: the level it stands for (ADR 0014). `district` (the default) until 30/6/2025; `commune` (xã, phường, đặc khu directly under the province) from 1/7/2025 (QĐ 294); `bloc` (agencies, enterprises, armed forces) at any time.
       * @example commune
       * @enum {string}
       */
      level?: 'district' | 'commune' | 'bloc';
      /**
       * @description A residential (village, neighbourhood) cell. Cells only.
       * @example true
       */
      residential?: boolean;
      /**
       * @description Mountainous, island or ethnic-minority area (miền núi, hải đảo, vùng đồng bào dân tộc thiểu số): the education exception of QĐ 24 §1.2 holds for the units below it too.
       * @example [
       *       "mountainous",
       *       "ethnic_minority"
       *     ]
       */
      zones?: ('mountainous' | 'island' | 'ethnic_minority')[];
    };
    /** @description A subtree, `depth` levels down. */
    OrgTree: {
      /** Format: date */
      asOf: string;
      depth: number;
      tree: components['schemas']['OrgTreeNode'];
    };
    OrgTreeNode: {
      children: components['schemas']['OrgTreeNode'][];
      code: string;
      id: string;
      /** @enum {string} */
      kind:
        | 'central'
        | 'province'
        | 'direct_committee'
        | 'grassroots_committee'
        | 'grassroots_cell'
        | 'partial_committee'
        | 'cell';
      name: string;
      /** @enum {string} */
      status: 'active' | 'merged' | 'dissolved';
    };
    /** @description A unit of the organization with its parent chain. */
    OrgView: {
      /** @description A grassroots committee authorised to decide admissions */
      admissionAuthority: boolean;
      attributes: {
        admissionAuthority?: boolean;
        /** @enum {string} */
        area: 'urban' | 'rural' | 'border' | 'remote';
        /**
         * @description Direct committees: district, commune or bloc
         * @enum {string}
         */
        level?: 'district' | 'commune' | 'bloc';
        /** @description A residential (village, neighbourhood) cell */
        residential?: boolean;
        /** @description Mountainous, island, ethnic-minority */
        zones?: ('mountainous' | 'island' | 'ethnic_minority')[];
      };
      code: string;
      /**
       * Format: date
       * @description When the unit was merged or dissolved
       */
      endedOn?: string;
      /** Format: date */
      establishedOn: string;
      /** @example huyen-tx */
      id: string;
      /** @enum {string} */
      kind:
        | 'central'
        | 'province'
        | 'direct_committee'
        | 'grassroots_committee'
        | 'grassroots_cell'
        | 'partial_committee'
        | 'cell';
      /**
       * Format: date
       * @description The date of the latest event: no step may be dated before it
       */
      lastChangedOn: string;
      mergedIntoId?: string;
      /** @example Đảng bộ huyện Thọ Xuân */
      name: string;
      /** @description Absent for a root unit */
      parentId?: string;
      /** @description Ancestors, nearest first */
      parents: {
        id: string;
        kind: string;
        name: string;
      }[];
      /** @description Year rated → grade: the yearly quality rating of the organization */
      ratings: {
        [key: string]: 'excellent' | 'good' | 'complete' | 'not_complete';
      };
      /** @description The revision of its stream: the ETag */
      revision: number;
      /** @enum {string} */
      status: 'active' | 'merged' | 'dissolved';
    };
    PersonCorrectionDto: {
      /**
       * @description Căn cước công dân: 12 digits.
       * @example 001200012345
       */
      citizenId?: string;
      /** @example 2000-03-15 */
      dateOfBirth?: string;
      /**
       * @example upper_secondary
       * @enum {string}
       */
      education?: 'literate' | 'primary' | 'lower_secondary' | 'upper_secondary';
      /**
       * @description One of Vietnam's 54 ethnic groups.
       * @example kinh
       * @enum {string}
       */
      ethnicity?:
        | 'kinh'
        | 'tay'
        | 'thai'
        | 'hoa'
        | 'khmer'
        | 'muong'
        | 'nung'
        | 'hmong'
        | 'dao'
        | 'gia_rai'
        | 'ngai'
        | 'e_de'
        | 'ba_na'
        | 'xo_dang'
        | 'san_chay'
        | 'co_ho'
        | 'cham'
        | 'san_diu'
        | 'hre'
        | 'mnong'
        | 'ra_glai'
        | 'xtieng'
        | 'bru_van_kieu'
        | 'tho'
        | 'giay'
        | 'co_tu'
        | 'gie_trieng'
        | 'ma'
        | 'kho_mu'
        | 'co'
        | 'ta_oi'
        | 'cho_ro'
        | 'khang'
        | 'xinh_mun'
        | 'ha_nhi'
        | 'chu_ru'
        | 'lao'
        | 'la_chi'
        | 'la_ha'
        | 'phu_la'
        | 'la_hu'
        | 'lu'
        | 'lo_lo'
        | 'chut'
        | 'mang'
        | 'pa_then'
        | 'co_lao'
        | 'cong'
        | 'bo_y'
        | 'si_la'
        | 'pu_peo'
        | 'brau'
        | 'o_du'
        | 'ro_mam';
      /** @example Nguyễn Văn An */
      fullName?: string;
      /**
       * @example male
       * @enum {string}
       */
      gender?: 'male' | 'female';
      /** @example Nam Định */
      hometown?: string;
      /** @example Kỹ sư */
      occupation?: string;
      /**
       * @example elementary
       * @enum {string}
       */
      politicalTheory?: 'none' | 'elementary' | 'intermediate' | 'advanced' | 'bachelor';
      /**
       * @example university
       * @enum {string}
       */
      professionalLevel?:
        'none' | 'elementary' | 'intermediate' | 'college' | 'university' | 'master' | 'doctorate';
      /**
       * @description Omitted (or empty) for none.
       * @example Phật giáo
       */
      religion?: string;
      /** @example Phường Láng, Hà Nội */
      residence?: string;
      /** @example true */
      youthUnionMember?: boolean;
    };
    PersonDto: {
      /**
       * @description Căn cước công dân: 12 digits.
       * @example 001200012345
       */
      citizenId: string;
      /** @example 2000-03-15 */
      dateOfBirth: string;
      /**
       * @example upper_secondary
       * @enum {string}
       */
      education: 'literate' | 'primary' | 'lower_secondary' | 'upper_secondary';
      /**
       * @description One of Vietnam's 54 ethnic groups.
       * @example kinh
       * @enum {string}
       */
      ethnicity:
        | 'kinh'
        | 'tay'
        | 'thai'
        | 'hoa'
        | 'khmer'
        | 'muong'
        | 'nung'
        | 'hmong'
        | 'dao'
        | 'gia_rai'
        | 'ngai'
        | 'e_de'
        | 'ba_na'
        | 'xo_dang'
        | 'san_chay'
        | 'co_ho'
        | 'cham'
        | 'san_diu'
        | 'hre'
        | 'mnong'
        | 'ra_glai'
        | 'xtieng'
        | 'bru_van_kieu'
        | 'tho'
        | 'giay'
        | 'co_tu'
        | 'gie_trieng'
        | 'ma'
        | 'kho_mu'
        | 'co'
        | 'ta_oi'
        | 'cho_ro'
        | 'khang'
        | 'xinh_mun'
        | 'ha_nhi'
        | 'chu_ru'
        | 'lao'
        | 'la_chi'
        | 'la_ha'
        | 'phu_la'
        | 'la_hu'
        | 'lu'
        | 'lo_lo'
        | 'chut'
        | 'mang'
        | 'pa_then'
        | 'co_lao'
        | 'cong'
        | 'bo_y'
        | 'si_la'
        | 'pu_peo'
        | 'brau'
        | 'o_du'
        | 'ro_mam';
      /** @example Nguyễn Văn An */
      fullName: string;
      /**
       * @example male
       * @enum {string}
       */
      gender: 'male' | 'female';
      /** @example Nam Định */
      hometown: string;
      /** @example Kỹ sư */
      occupation: string;
      /**
       * @example elementary
       * @enum {string}
       */
      politicalTheory: 'none' | 'elementary' | 'intermediate' | 'advanced' | 'bachelor';
      /**
       * @example university
       * @enum {string}
       */
      professionalLevel:
        'none' | 'elementary' | 'intermediate' | 'college' | 'university' | 'master' | 'doctorate';
      /**
       * @description Omitted (or empty) for none.
       * @example Phật giáo
       */
      religion?: string;
      /** @example Phường Láng, Hà Nội */
      residence: string;
      /** @example true */
      youthUnionMember: boolean;
    };
    /** @description What the records hold about a person (domain.md §5). */
    PersonRecord: {
      /**
       * @description The year of dateOfBirth: what analysts see instead of it.
       * @example 1998
       */
      birthYear?: number | null;
      /** @description Căn cước công dân: 12 digits Not shown to analysts. */
      citizenId?: string;
      /**
       * Format: date
       * @description Analysts see birthYear instead.
       */
      dateOfBirth?: string;
      /** @enum {string} */
      education: 'literate' | 'primary' | 'lower_secondary' | 'upper_secondary';
      /** @enum {string} */
      ethnicity:
        | 'kinh'
        | 'tay'
        | 'thai'
        | 'hoa'
        | 'khmer'
        | 'muong'
        | 'nung'
        | 'hmong'
        | 'dao'
        | 'gia_rai'
        | 'ngai'
        | 'e_de'
        | 'ba_na'
        | 'xo_dang'
        | 'san_chay'
        | 'co_ho'
        | 'cham'
        | 'san_diu'
        | 'hre'
        | 'mnong'
        | 'ra_glai'
        | 'xtieng'
        | 'bru_van_kieu'
        | 'tho'
        | 'giay'
        | 'co_tu'
        | 'gie_trieng'
        | 'ma'
        | 'kho_mu'
        | 'co'
        | 'ta_oi'
        | 'cho_ro'
        | 'khang'
        | 'xinh_mun'
        | 'ha_nhi'
        | 'chu_ru'
        | 'lao'
        | 'la_chi'
        | 'la_ha'
        | 'phu_la'
        | 'la_hu'
        | 'lu'
        | 'lo_lo'
        | 'chut'
        | 'mang'
        | 'pa_then'
        | 'co_lao'
        | 'cong'
        | 'bo_y'
        | 'si_la'
        | 'pu_peo'
        | 'brau'
        | 'o_du'
        | 'ro_mam';
      /** @example Nguyễn Văn An */
      fullName: string;
      /** @enum {string} */
      gender: 'male' | 'female';
      /** @description Not shown to analysts. */
      hometown?: string;
      occupation: string;
      /** @enum {string} */
      politicalTheory: 'none' | 'elementary' | 'intermediate' | 'advanced' | 'bachelor';
      /** @enum {string} */
      professionalLevel:
        'none' | 'elementary' | 'intermediate' | 'college' | 'university' | 'master' | 'doctorate';
      /** @description Absent for people without a religion */
      religion?: string;
      /** @description Not shown to analysts. */
      residence?: string;
      youthUnionMember: boolean;
    };
    /** @description Candidates per stage, median days between stages, steps overdue. */
    Pipeline: {
      candidates: {
        byStage: {
          admission_decided: number;
          applying: number;
          cell_resolved: number;
          committee_endorsed: number;
          course_completed: number;
          sympathizer: number;
        };
        total: number;
      };
      durations: components['schemas']['StageDuration'][];
      overdueSteps: number;
      unit: components['schemas']['UnitSummary'];
    };
    /** @description An error answer (RFC 9457): its code, and its explanation in Vietnamese and English. */
    Problem: {
      /** @description What went wrong, as a stable code: each response of an operation lists its own */
      code: string;
      /** @description The message in English (the same as message.en) */
      detail: string;
      /** @description Figures behind the answer: a vote tally, revisions, limits */
      details?: {
        [key: string]: unknown;
      };
      /** @description Every invalid field, query parameter or header (400) */
      errors?: components['schemas']['FieldError'][];
      message: components['schemas']['Bilingual'];
      /**
       * @description The rule that refused the step (422 rule_violation)
       * @example R-VOTE
       */
      rule?: string;
      /** @description The HTTP status */
      status: number;
      /**
       * @description The HTTP status phrase
       * @example Unprocessable Content
       */
      title: string;
      /**
       * @description A URI naming the problem: https://memberflow.dev/problems/ and the code
       * @example https://memberflow.dev/problems/rule-violation
       */
      type: string;
    };
    ProjectionList: {
      projections: components['schemas']['ProjectionStatus'][];
    };
    ProjectionStatus: {
      /** @description Whether this process holds the projection's lock (and applies it) */
      appliedHere: boolean;
      building?: components['schemas']['GenerationStatus'];
      description: string;
      fault?: string;
      /** @example members */
      name: string;
      rebuildRequested: boolean;
      serving?: components['schemas']['GenerationStatus'];
      /** @description The version this build projects */
      version: number;
    };
    PutOnHelpListDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @example [
       *       "not_complete_two_years"
       *     ]
       */
      grounds: (
        | 'not_complete_two_years'
        | 'reoffended_under_discipline'
        | 'political_or_moral_decline'
        | 'exemplary_conduct_breach'
        | 'low_standing'
      )[];
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
      /** @description The cell's secret ballot (official members, exempt ones excluded). */
      vote: components['schemas']['VoteTallyDto'];
    };
    ReadmitDto: {
      /** @description The cell the person applies in now, when not the one they left. */
      cellId?: string;
      /**
       * @description The provincial standing committee's written consent.
       * @example 77-CV/TU
       */
      consentRef: string;
      /** @description A conviction: for a less serious offence the wait is 60 months from its expunging; a serious one bars readmission. */
      conviction?: components['schemas']['ConvictionDto'];
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    RebuildAccepted: {
      /** @enum {boolean} */
      accepted: true;
      projection?: components['schemas']['ProjectionStatus'];
    };
    RecognizeOfficialDto: {
      /**
       * @description The unit that decided.
       * @example dang-bo-huyen-a
       */
      decidingUnitId: string;
      /**
       * @description The decision number.
       * @example 125-QĐ/HU
       */
      decisionNo: string;
      /** @description The deciding body's vote (R-AUTHORITY): its standing committee must vote more than 1/2 of its members in favor, an authorised grassroots committee at least 2/3; checked and recorded when stated. */
      decisionVote?: components['schemas']['VoteTallyDto'];
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    RecordBackgroundCheckDto: {
      /**
       * @example clear
       * @enum {string}
       */
      conclusion: 'clear' | 'concerns';
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      note?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    RecordCellVoteDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description Why less than a lower-secondary diploma suffices (R-EDUCATION): a fisherman working at sea (primary school), or a village elder, village head or reputable figure living in a mountainous, border, island, ethnic-minority or remote area (literacy).
       * @example fisherman
       * @enum {string}
       */
      educationException?: 'fisherman' | 'reputable_figure';
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /**
       * @description The over-60 consent, when not given with the application.
       * @example 45-CV/TU
       */
      overAgeConsentRef?: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
      /** @description Official members of the cell. */
      vote: components['schemas']['VoteTallyDto'];
    };
    RecordCommitteeVoteDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
      /** @description Members of the grassroots committee. */
      vote: components['schemas']['VoteTallyDto'];
    };
    RecordDeathDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    RecordOpinionDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /** @example true */
      favorable: boolean;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
      /**
       * @example residence_cell
       * @enum {string}
       */
      source: 'mass_organization' | 'residence_cell';
      /** @example Gương mẫu, được nhân dân tín nhiệm */
      summary: string;
    };
    RecordOrgRatingDto: {
      /**
       * @description The decision recording the rating.
       * @example 15-QĐ/HU
       */
      decisionNo: string;
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @example good
       * @enum {string}
       */
      grade: 'excellent' | 'good' | 'complete' | 'not_complete';
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
      /** @description Out of 100; required for the years scored under QĐ 366 (the ratings of 2025 on). */
      score?: number;
      /**
       * @description The year rated.
       * @example 2024
       */
      year: number;
    };
    RecordRatingDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @example good
       * @enum {string}
       */
      grade: 'excellent' | 'good' | 'complete' | 'not_complete';
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /**
       * @deprecated
       * @description Ignored: the excellent quota is judged from the ratings stored for the year in the grassroots organization. Accepted so that older clients are not refused.
       */
      organizationTally?: components['schemas']['OrganizationTallyDto'];
      /** @description Why, in the officer’s words. */
      reason?: string;
      /** @description Out of 100; required when the year rated is scored (QĐ 366: the ratings of 2025 on, whenever entered). */
      score?: number;
      /** @example 2024 */
      year: number;
    };
    RecordRecognitionVoteDto: {
      /** @description Official members of the cell. */
      cellVote: components['schemas']['VoteTallyDto'];
      /** @description Members of the grassroots committee, where there is one. */
      committeeVote?: components['schemas']['VoteTallyDto'];
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    RecordResidenceVillageDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
      /**
       * @description The village the person lives in from `occurredOn`.
       * @example thon-dong
       */
      villageId: string;
    };
    RefuseAdmissionDto: {
      /**
       * @description The unit that decided.
       * @example dang-bo-huyen-a
       */
      decidingUnitId: string;
      /**
       * @description The decision number.
       * @example 125-QĐ/HU
       */
      decisionNo: string;
      /** @description The deciding body's vote (R-AUTHORITY): its standing committee must vote more than 1/2 of its members in favor, an authorised grassroots committee at least 2/3; checked and recorded when stated. */
      decisionVote?: components['schemas']['VoteTallyDto'];
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why the admission is refused. */
      reason?: string;
    };
    RefuseRecognitionDto: {
      /**
       * @description The unit that decided.
       * @example dang-bo-huyen-a
       */
      decidingUnitId: string;
      /**
       * @description The decision number.
       * @example 125-QĐ/HU
       */
      decisionNo: string;
      /** @description The deciding body's vote (R-AUTHORITY): its standing committee must vote more than 1/2 of its members in favor, an authorised grassroots committee at least 2/3; checked and recorded when stated. */
      decisionVote?: components['schemas']['VoteTallyDto'];
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
      /** @description The cell's vote for removal from the probationary list. */
      vote: components['schemas']['VoteTallyDto'];
    };
    RegisterExistingDto: {
      /** @example 2015-05-01 */
      admissionDecisionDate?: string;
      /** @example 55-QĐ/HU */
      admissionDecisionNo?: string;
      /** @example 2016-09-02 */
      cardIssuedOn?: string;
      /**
       * @description A card implies an official member.
       * @example 01000123
       */
      cardNo?: string;
      /** @example chi-bo-thon-1 */
      cellId: string;
      /** @example 2015-05-19 */
      ceremonyDate?: string;
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      person: components['schemas']['PersonDto'];
      /** @description Why, in the officer’s words. */
      reason?: string;
      /**
       * @description Must be the ceremony date plus the probation (12 months).
       * @example 2016-05-19
       */
      recognitionDate?: string;
      /**
       * @description The stage the records state; it must agree with the dates (which imply it when omitted).
       * @enum {string}
       */
      stage?: 'admission_decided' | 'probationary' | 'official';
    };
    ReleaseVillageCellDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    RemoveNameDto: {
      /**
       * @description The unit that decided.
       * @example dang-bo-huyen-a
       */
      decidingUnitId: string;
      /**
       * @description The decision number.
       * @example 125-QĐ/HU
       */
      decisionNo: string;
      /** @description The deciding body's vote (R-AUTHORITY): its standing committee must vote more than 1/2 of its members in favor, an authorised grassroots committee at least 2/3; checked and recorded when stated. */
      decisionVote?: components['schemas']['VoteTallyDto'];
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @example absent_or_dues_unpaid
       * @enum {string}
       */
      ground:
        | 'absent_or_dues_unpaid'
        | 'card_returned'
        | 'no_progress_after_help'
        | 'standards_violated_two_years'
        | 'political_standards';
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    RenameOrgDto: {
      /**
       * @description A new code, when the renaming changes it.
       * @example CB-KP1
       */
      code?: string;
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The new name.
       * @example Chi bộ Khu phố 1
       */
      name: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    RenameVillageDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /** @example Thôn Đông Hòa */
      name: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    ResetPasswordDto: {
      /**
       * Format: password
       * @description The new password, which the holder must change at next sign-in: at least 10 characters (R-PASSWORD-LENGTH), not containing the username
       */
      password: string;
      /** @description Why, in the administrator’s words. */
      reason?: string;
    };
    RevokeAdmissionAuthorityDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    /** @description A person of the roster. Analysts see it without the fields marked so. */
    RosterEntry: {
      /** Format: date */
      admissionDecidedOn: string | null;
      /** Format: date */
      appliedOn: string | null;
      /**
       * @description The year of dateOfBirth: what analysts see instead of it.
       * @example 1998
       */
      birthYear?: number | null;
      /** @description The active card Not shown to analysts. */
      cardNo?: string | null;
      cellId: string | null;
      cellName: string | null;
      /** Format: date */
      cellResolvedOn: string | null;
      /** Format: date */
      ceremonyOn: string | null;
      /** @description Not shown to analysts. */
      citizenId?: string | null;
      /** Format: date */
      courseOn: string | null;
      /**
       * Format: date
       * @description Analysts see birthYear instead.
       */
      dateOfBirth?: string | null;
      /** Format: date */
      diedOn: string | null;
      education: string | null;
      /** Format: date */
      endorsedOn: string | null;
      ethnicity: string | null;
      exempt: boolean;
      fullName: string | null;
      /** @enum {string|null} */
      gender: 'male' | 'female' | null;
      id: string;
      occupation: string | null;
      /** Format: date */
      officialSince: string | null;
      politicalTheory: string | null;
      professionalLevel: string | null;
      /**
       * Format: date
       * @description When the member was registered from earlier records
       */
      registeredOn: string | null;
      religion: string | null;
      /** @enum {string|null} */
      removalForm: 'probation_not_recognized' | 'name_removed' | 'withdrawn' | 'expelled' | null;
      /** Format: date */
      removedOn: string | null;
      revision: number;
      /** Format: date */
      sourcedOn: string | null;
      /** @enum {string} */
      stage:
        | 'sympathizer'
        | 'course_completed'
        | 'applying'
        | 'cell_resolved'
        | 'committee_endorsed'
        | 'admission_decided'
        | 'probationary'
        | 'official'
        | 'removed'
        | 'deceased'
        | 'candidacy_ended';
      /** @description The cell of a temporary stay */
      temporaryCellId: string | null;
      youthUnion: boolean;
    };
    /** @description A page of the roster of a subtree, by name. */
    RosterPage: {
      items: components['schemas']['RosterEntry'][];
      /** @description 1-based */
      page: number;
      /** @description Rows per page */
      size: number;
      /** @description Rows of every page */
      total: number;
      unit: components['schemas']['UnitSummary'];
    };
    /** @description A page of the people found, by name. */
    SearchPage: {
      items: components['schemas']['RosterEntry'][];
      /** @description 1-based */
      page: number;
      /** @description Rows per page */
      size: number;
      /** @description Rows of every page */
      total: number;
    };
    /** @description The signed-in person and their session. */
    Session: {
      /** @description Send it back as the X-CSRF-Token header with every POST, PUT, PATCH and DELETE (it is also the mf_csrf cookie) */
      csrfToken: string;
      displayName: string;
      /**
       * Format: date-time
       * @description When the session ends (8 hours after sign-in)
       */
      expiresAt: string;
      /** @description Until the password is changed (POST /api/session/password), every other route answers 403 password_change_required */
      mustChangePassword: boolean;
      /**
       * @description A unit id, or * for the whole deployment
       * @example huyen-tx
       */
      orgScope: string;
      /** @enum {string} */
      role: 'officer' | 'auditor' | 'analyst' | 'admin';
      username: string;
    };
    SetPlanTargetDto: {
      /**
       * @description The resolution setting the plan.
       * @example 12-NQ/ĐU
       */
      documentRef?: string;
      /** @description When the plan was set or revised (YYYY-MM-DD); today when omitted. */
      occurredOn?: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
      /**
       * @description New members targeted in the year.
       * @example 40
       */
      target: number;
    };
    SignInDto: {
      /** Format: password */
      password: string;
      /** @example can-bo-to-chuc */
      username: string;
    };
    SourceCandidateDto: {
      /**
       * @description The cell that lists the sympathizer.
       * @example chi-bo-thon-1
       */
      cellId: string;
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /** @description The official member who helps the sympathizer. */
      helperId?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      person: components['schemas']['PersonDto'];
      /**
       * @description The mass organization that proposes.
       * @example youth_union
       * @enum {string}
       */
      proposedBy:
        | 'youth_union'
        | 'women_union'
        | 'trade_union'
        | 'veterans_association'
        | 'farmers_association'
        | 'fatherland_front'
        | 'other';
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    StageDuration: {
      /** @description People who went from one to the other */
      count: number;
      /** @enum {string} */
      from:
        | 'sympathizer'
        | 'course_completed'
        | 'applying'
        | 'cell_resolved'
        | 'committee_endorsed'
        | 'admission_decided'
        | 'probationary'
        | 'official'
        | 'removed'
        | 'deceased'
        | 'candidacy_ended';
      medianDays: number | null;
      /** @enum {string} */
      to:
        | 'sympathizer'
        | 'course_completed'
        | 'applying'
        | 'cell_resolved'
        | 'committee_endorsed'
        | 'admission_decided'
        | 'probationary'
        | 'official'
        | 'removed'
        | 'deceased'
        | 'candidacy_ended';
    };
    /** @description The statistics of a subtree, with a row per child unit. */
    Statistics: {
      /** Format: date */
      asOf: string;
      /** @description A row per active child unit */
      children: components['schemas']['UnitFigures'][];
      /**
       * Format: date-time
       * @description The figures as the system knew them at this time
       */
      knownAt?: string;
      /** @description The period flows are counted in: from the first day of the year to asOf */
      period: {
        /** Format: date */
        from: string;
        /** Format: date */
        to: string;
      };
      /**
       * @description precomputed: today, from the rolled-up counters; history: a past date
       * @enum {string}
       */
      source: 'precomputed' | 'history';
      total: components['schemas']['Figures'];
      unit: components['schemas']['UnitSummary'];
    };
    /** @description The hash-chain check of a member's stream. */
    StreamCheck: {
      /** @description Events verified (before the first bad one) */
      count: number;
      firstBad?: components['schemas']['BrokenEvent'];
      /** @description ok: the hash of the last event */
      headHash?: string;
      id: string;
      ok: boolean;
      streamId: string;
    };
    SubmitApplicationDto: {
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /**
       * @description The provincial standing committee's prior written consent, for applicants over 60.
       * @example 45-CV/TU
       */
      overAgeConsentRef?: string;
      /** @description Why, in the officer’s words. */
      reason?: string;
    };
    TransferDto: {
      /**
       * @description Permanent: when the change requiring it happened (new job, retirement, move).
       * @example 2025-01-15
       */
      changedOn?: string;
      /**
       * @description The decision or resolution number.
       * @example 125-QĐ/HU
       */
      documentRef?: string;
      /**
       * @description Permanent: when the superior committee issued the introduction.
       * @example 2025-03-03
       */
      introducedOn?: string;
      /**
       * @example permanent
       * @enum {string}
       */
      kind: 'permanent' | 'temporary' | 'return';
      /**
       * @description The business date of the step (YYYY-MM-DD): not in the future, not before the last one.
       * @example 2025-03-14
       */
      occurredOn: string;
      /**
       * @description Temporary: required.
       * @enum {string}
       */
      purpose?: 'work' | 'residence' | 'training';
      /** @description Why, in the officer’s words. */
      reason?: string;
      /**
       * @description Required unless `return`.
       * @example chi-bo-khu-pho-2
       */
      targetCellId?: string;
      /**
       * @description Temporary: the last day of the stay (required).
       * @example 2025-12-31
       */
      until?: string;
    };
    /** @description The figures of a child unit. */
    UnitFigures: {
      /** @description Events of the period: admissions and their breakdowns (admitted.<dimension>.<value>), recognitions, removals, ratings of members (rating.*) and of organizations (orgRating.*) counted by the year rated, cards, deaths */
      flows: {
        admitted: number;
        'admitted.ageBand.18-30': number;
        'admitted.ageBand.31-40': number;
        'admitted.ageBand.41-50': number;
        'admitted.ageBand.51-60': number;
        'admitted.ageBand.over-60': number;
        'admitted.area.border': number;
        'admitted.area.remote': number;
        'admitted.area.rural': number;
        'admitted.area.urban': number;
        'admitted.ethnicity.kinh': number;
        'admitted.ethnicity.minority': number;
        'admitted.gender.female': number;
        'admitted.gender.male': number;
        'admitted.religion.none': number;
        'admitted.religion.religious': number;
        'admitted.youthUnion.member': number;
        'admitted.youthUnion.not_member': number;
        cardIssued: number;
        deceased: number;
        'orgRating.complete': number;
        'orgRating.excellent': number;
        'orgRating.good': number;
        'orgRating.not_complete': number;
        'rating.complete': number;
        'rating.excellent': number;
        'rating.good': number;
        'rating.not_complete': number;
        recognized: number;
        'removed.expelled': number;
        'removed.name_removed': number;
        'removed.probation_not_recognized': number;
        'removed.withdrawn': number;
      };
      leadership: components['schemas']['Leadership'];
      members: {
        byAgeBand: {
          '18-30': number;
          '31-40': number;
          '41-50': number;
          '51-60': number;
          'over-60': number;
        };
        byDimension: {
          education: {
            literate: number;
            lower_secondary: number;
            primary: number;
            upper_secondary: number;
          };
          ethnicity: {
            kinh: number;
            minority: number;
          };
          exemption: {
            active: number;
            exempt: number;
          };
          gender: {
            female: number;
            male: number;
          };
          politicalTheory: {
            advanced: number;
            bachelor: number;
            elementary: number;
            intermediate: number;
            none: number;
          };
          professionalLevel: {
            college: number;
            doctorate: number;
            elementary: number;
            intermediate: number;
            master: number;
            none: number;
            university: number;
          };
          religion: {
            none: number;
            religious: number;
          };
          youthUnion: {
            member: number;
            not_member: number;
          };
        };
        /** @description Probationary and official members */
        total: number;
      };
      /** @description Everyone with a record in the subtree, by stage */
      people: {
        admission_decided: number;
        applying: number;
        candidacy_ended: number;
        cell_resolved: number;
        committee_endorsed: number;
        course_completed: number;
        deceased: number;
        official: number;
        probationary: number;
        removed: number;
        sympathizer: number;
      };
      unit: components['schemas']['UnitSummary'];
      /** @description Active units below the unit, by kind */
      units: {
        cell: number;
        central: number;
        direct_committee: number;
        grassroots_cell: number;
        grassroots_committee: number;
        partial_committee: number;
        province: number;
      };
    };
    /** @description A unit by its id, name and kind. */
    UnitSummary: {
      id: string;
      kind: string | null;
      /** @description null when the organization tree does not know the unit */
      name: string | null;
    };
    /** @description One line of the whole-store check: start, progress, broken (the first bad event of a stream), done; error if the check stopped. */
    VerificationLine: {
      /** @description done */
      brokenStreams?: number;
      /** @description progress, done */
      elapsedMs?: number;
      /** @description broken */
      eventId?: string;
      /** @description progress, done */
      events?: number;
      /** @description broken */
      eventType?: string;
      /** @description start, progress, done */
      headPosition?: string;
      message?: components['schemas']['Bilingual'];
      /** @description done: whether every stream verified */
      ok?: boolean;
      /** @description progress */
      percent?: number;
      /** @description progress */
      position?: string;
      /** @description broken */
      reason?: string;
      /** @description broken */
      revision?: number;
      /** @description done, when ok: the root over every stream head */
      rootHash?: string;
      /**
       * Format: date-time
       * @description start
       */
      startedAt?: string;
      /** @description broken: the fields of BrokenEvent */
      streamId?: string;
      /** @description progress, done */
      streams?: number;
      /** @enum {string} */
      type: 'start' | 'progress' | 'broken' | 'done' | 'error';
    };
    /** @description A village (thôn, bản, tổ dân phố) of a commune or ward. */
    VillageView: {
      /** @description The serving cell, null when none */
      cell: {
        id: string;
        /** @description null when the organization does not know the unit */
        name: string | null;
      } | null;
      /** @description The residential cell serving it */
      cellId?: string;
      code?: string;
      commune: {
        id: string;
        /** @description null when the organization does not know the unit */
        name: string | null;
      };
      /** @description The unit standing for its commune or ward */
      communeId: string;
      /**
       * Format: date
       * @description When the village was merged or dissolved
       */
      endedOn?: string;
      /** Format: date */
      establishedOn: string;
      /** @example thon-dong */
      id: string;
      /** @enum {string} */
      kind: 'village' | 'hamlet' | 'residential_group';
      /**
       * Format: date
       * @description The date of the latest event: no step may be dated before it
       */
      lastChangedOn: string;
      mergedIntoId?: string;
      /** @example Thôn Đông */
      name: string;
      /** @description The revision of its stream: the ETag */
      revision: number;
      /** @enum {string} */
      status: 'active' | 'merged' | 'dissolved';
    };
    VoteRecord: {
      /** Format: date */
      on: string;
      passed: boolean;
      tally: components['schemas']['VoteTally'];
    };
    VoteTally: {
      /** @description Everyone entitled to vote */
      entitled: number;
      inFavor: number;
      /** @description Informative: thresholds are shares of all entitled members */
      present?: number;
    };
    VoteTallyDto: {
      /**
       * @description Everyone entitled to vote, absent ones included: the threshold is a share of them.
       * @example 12
       */
      entitled: number;
      /**
       * @description Those in favor.
       * @example 9
       */
      inFavor: number;
      /**
       * @description Those present (informative).
       * @example 10
       */
      present?: number;
    };
    WorkEntry: {
      cellId: string | null;
      cellName: string | null;
      /** @description Calendar days past the due date (negative: days left) */
      daysOverdue: number;
      /** Format: date */
      dueOn: string;
      fullName: string | null;
      memberId: string;
      /**
       * @description The rule that sets the deadline
       * @example R-DEADLINE
       */
      rule: string;
      /**
       * Format: date
       * @description The date the deadline counts from
       */
      since: string;
      stage: string;
      /**
       * @description The action that completes the step
       * @example decide-admission
       */
      step: string;
      /** @description The year to rate, the badge’s years */
      subject: string | null;
    };
    /** @description Steps due or overdue, soonest first. */
    Worklist: {
      /** @enum {string} */
      due: 'all' | 'overdue' | 'week' | 'month';
      items: components['schemas']['WorkEntry'][];
      /** @description 1-based */
      page: number;
      /** @description Rows per page */
      size: number;
      /** Format: date */
      today: string;
      /** @description Rows of every page */
      total: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AccountsController_list: {
    parameters: {
      query?: {
        /** @description a unit of the caller’s scope */
        orgId?: unknown;
        page?: unknown;
        /** @description 1–200, default 50 */
        size?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of accounts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountList'];
        };
      };
      /** @description `invalid_query`: a query parameter is malformed or out of range; `errors` names every one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `read_model_not_ready`: a read model the query needs is still being created; `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAccountDto'];
      };
    };
    responses: {
      /** @description The account: a retry with the same Idempotency-Key, answered as the first time */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          /** @description Where the record is read */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountView'];
        };
      };
      /** @description The account: created */
      201: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          /** @description Where the record is read */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The account */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountView'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_act: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        action: string;
        username: string;
      };
      cookie?: never;
    };
    /** @description The body of the action named in the path (the spelled-out routes say which) */
    requestBody: {
      content: {
        'application/json':
          | components['schemas']['DisableAccountDto']
          | components['schemas']['EnableAccountDto']
          | components['schemas']['ResetPasswordDto']
          | components['schemas']['ChangeRoleDto'];
      };
    };
    responses: {
      /** @description The account after the action */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`); `unknown_action`: the path names no action; the answer lists those there are */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'AccountsController_act_change-role': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeRoleDto'];
      };
    };
    responses: {
      /** @description The account after the action */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_act_disable: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DisableAccountDto'];
      };
    };
    responses: {
      /** @description The account after the action */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_act_enable: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EnableAccountDto'];
      };
    };
    responses: {
      /** @description The account after the action */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'AccountsController_act_reset-password': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResetPasswordDto'];
      };
    };
    responses: {
      /** @description The account after the action */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AccountsController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountHistory'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  AuditController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description NDJSON: one VerificationLine per line, the last of type done */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': components['schemas']['VerificationLine'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ImportsController_upload: {
    parameters: {
      query?: {
        /** @description The file's SHA-256 as the dry run reported it (`file.sha256`): write the rows the dry run found writable. Absent: a dry run */
        commit?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The roster: .xlsx (the sheet "Danh sách", or the first) or .csv (UTF-8, comma or semicolon), headings as in GET /api/imports/template; at most 32 MiB, 100,000 rows
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description The report: a result per row, created / unchanged / refused with the reasons in Vietnamese and English (as a workbook with Accept: XLSX) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportReport'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_query`: a query parameter is malformed or out of range; `errors` names every one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `import_file_changed`: the file sent to commit is not the one the dry run checked: its SHA-256 differs from `commit`. Nothing was written */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `import_file_unreadable`: the file cannot be read as a roster: not a spreadsheet, an Excel 97 or password-protected file, a zip bomb, more rows than an import takes, a CSV not in UTF-8, no header row, missing or merged heading cells, no rows; `details.reason` says which. Nothing was written */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ImportsController_template: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The template workbook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MemberQueriesController_search: {
    parameters: {
      query?: {
        /** @description a unit of the scope; default the whole scope */
        orgId?: unknown;
        page?: unknown;
        q?: unknown;
        size?: unknown;
        stage?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the people found */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchPage'];
        };
      };
      /** @description `invalid_query`: a query parameter is malformed or out of range; `errors` names every one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `identifier_search_forbidden`: an analyst searched by citizen ID or card number (`q` with digits); `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `read_model_not_ready`: a read model the query needs is still being created; `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_source: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SourceCandidateDto'];
      };
    };
    responses: {
      /** @description The member, a sympathizer: a retry with the same Idempotency-Key, answered as the first time */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          /** @description Where the record is read */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description The member, a sympathizer: created */
      201: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          /** @description Where the record is read */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The member */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_act: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        action: string;
        id: string;
      };
      cookie?: never;
    };
    /** @description The body of the action named in the path (the spelled-out routes say which) */
    requestBody: {
      content: {
        'application/json':
          | components['schemas']['AssignHelperDto']
          | components['schemas']['CompleteAwarenessCourseDto']
          | components['schemas']['SubmitApplicationDto']
          | components['schemas']['RecordBackgroundCheckDto']
          | components['schemas']['AssignIntroducersDto']
          | components['schemas']['RecordOpinionDto']
          | components['schemas']['RecordCellVoteDto']
          | components['schemas']['RecordCommitteeVoteDto']
          | components['schemas']['DecideAdmissionDto']
          | components['schemas']['RefuseAdmissionDto']
          | components['schemas']['HoldCeremonyDto']
          | components['schemas']['RecordRecognitionVoteDto']
          | components['schemas']['RecognizeOfficialDto']
          | components['schemas']['RefuseRecognitionDto']
          | components['schemas']['IssueCardDto']
          | components['schemas']['TransferDto']
          | components['schemas']['RecordRatingDto']
          | components['schemas']['GrantExemptionDto']
          | components['schemas']['EndExemptionDto']
          | components['schemas']['AwardBadgeDto']
          | components['schemas']['PutOnHelpListDto']
          | components['schemas']['ClearHelpListDto']
          | components['schemas']['DisciplineDto']
          | components['schemas']['RemoveNameDto']
          | components['schemas']['AcceptWithdrawalDto']
          | components['schemas']['RecordDeathDto']
          | components['schemas']['EndCandidacyDto']
          | components['schemas']['ReadmitDto']
          | components['schemas']['CorrectDetailsDto']
          | components['schemas']['AssignPositionDto']
          | components['schemas']['EndPositionDto']
          | components['schemas']['RecordResidenceVillageDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`); `unknown_action`: the path names no action; the answer lists those there are */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_accept-withdrawal': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptWithdrawalDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_assign-helper': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignHelperDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_assign-introducers': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignIntroducersDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_assign-position': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignPositionDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_award-badge': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AwardBadgeDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_clear-help-list': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClearHelpListDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_complete-awareness-course': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteAwarenessCourseDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_correct-details': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CorrectDetailsDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_decide-admission': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideAdmissionDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_act_discipline: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DisciplineDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_end-candidacy': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EndCandidacyDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_end-exemption': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EndExemptionDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_end-position': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EndPositionDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_grant-exemption': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GrantExemptionDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_hold-ceremony': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HoldCeremonyDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_issue-card': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IssueCardDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_put-on-help-list': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutOnHelpListDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_act_readmit: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReadmitDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_recognize-official': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecognizeOfficialDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_record-background-check': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordBackgroundCheckDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_record-cell-vote': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordCellVoteDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_record-committee-vote': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordCommitteeVoteDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_record-death': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordDeathDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_record-opinion': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordOpinionDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_record-rating': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordRatingDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_record-recognition-vote': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordRecognitionVoteDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_record-residence-village': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordResidenceVillageDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_refuse-admission': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefuseAdmissionDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_refuse-recognition': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefuseRecognitionDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_remove-name': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RemoveNameDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'MembersController_act_submit-application': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitApplicationDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_act_transfer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransferDto'];
      };
    };
    responses: {
      /** @description The member after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HistoryController_history: {
    parameters: {
      query?: {
        /** @description first business date (YYYY-MM-DD), inclusive */
        from?: unknown;
        /** @description last business date (YYYY-MM-DD), inclusive */
        to?: unknown;
        /** @description event types, repeated or comma-separated (e.g. DetailsCorrected) */
        type?: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The events (text/csv: one row per event) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberHistory'];
          'text/csv': string;
        };
      };
      /** @description `invalid_query`: a query parameter is malformed or out of range; `errors` names every one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HistoryController_state: {
    parameters: {
      query?: {
        /** @description business date (YYYY-MM-DD); default today */
        asOf?: unknown;
        /** @description record time (ISO 8601 with zone), or a date meaning the end of that day in Vietnam; default now */
        knownAt?: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The state at that point of both times */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberStateAt'];
        };
      };
      /** @description `invalid_query`: a query parameter is malformed or out of range; `errors` names every one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HistoryController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ok, or the first event that does not match */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StreamCheck'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MembersController_import: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: each row is answered as the first time */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImportMembersDto'];
      };
    };
    responses: {
      /** @description A result per row: registered, exists, or rejected with its problem */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResult'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrgsController_establish: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EstablishOrgDto'];
      };
    };
    responses: {
      /** @description The unit: a retry with the same Idempotency-Key, answered as the first time */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          /** @description Where the record is read */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgView'];
        };
      };
      /** @description The unit: created */
      201: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          /** @description Where the record is read */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrgsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The unit */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgView'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrgsController_act: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        action: string;
        id: string;
      };
      cookie?: never;
    };
    /** @description The body of the action named in the path (the spelled-out routes say which) */
    requestBody: {
      content: {
        'application/json':
          | components['schemas']['RenameOrgDto']
          | components['schemas']['MoveOrgDto']
          | components['schemas']['MergeOrgIntoDto']
          | components['schemas']['DissolveOrgDto']
          | components['schemas']['GrantAdmissionAuthorityDto']
          | components['schemas']['RevokeAdmissionAuthorityDto']
          | components['schemas']['RecordOrgRatingDto'];
      };
    };
    responses: {
      /** @description The unit after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`); `unknown_action`: the path names no action; the answer lists those there are */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrgsController_act_dissolve: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DissolveOrgDto'];
      };
    };
    responses: {
      /** @description The unit after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'OrgsController_act_grant-admission-authority': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GrantAdmissionAuthorityDto'];
      };
    };
    responses: {
      /** @description The unit after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'OrgsController_act_merge-into': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MergeOrgIntoDto'];
      };
    };
    responses: {
      /** @description The unit after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrgsController_act_move: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MoveOrgDto'];
      };
    };
    responses: {
      /** @description The unit after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'OrgsController_act_record-rating': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordOrgRatingDto'];
      };
    };
    responses: {
      /** @description The unit after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrgsController_act_rename: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RenameOrgDto'];
      };
    };
    responses: {
      /** @description The unit after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'OrgsController_act_revoke-admission-authority': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RevokeAdmissionAuthorityDto'];
      };
    };
    responses: {
      /** @description The unit after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrgQueriesController_admissions: {
    parameters: {
      query?: {
        /** @description YYYY-MM-DD in the year: count from 1 January to this date, with the tree of this date (default: the end of the year, today for this year) */
        asOf?: unknown;
        /** @description default: the year of asOf, or this year */
        year?: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Admissions against the plan, per unit */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Admissions'];
        };
      };
      /** @description `invalid_query`: a query parameter is malformed or out of range; `errors` names every one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `read_model_not_ready`: a read model the query needs is still being created; `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrgQueriesController_pipeline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The admission pipeline of the subtree */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pipeline'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `read_model_not_ready`: a read model the query needs is still being created; `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrgsController_setPlan: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetPlanTargetDto'];
      };
    };
    responses: {
      /** @description The plan as it now stands */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdmissionPlan'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header; `http_error`: a path parameter that is a number is not one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrgQueriesController_roster: {
    parameters: {
      query?: {
        /** @description `kinh`, `minority` or a group code */
        ethnicity?: unknown;
        gender?: unknown;
        page?: unknown;
        /** @description name (accents optional), citizen ID or card number */
        q?: unknown;
        /** @description 1–200, default 50 */
        size?: unknown;
        /** @description stages, repeated or comma-separated */
        stage?: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the roster (text/csv, XLSX: every page; XLSX with the import's Vietnamese headings, typed cells, the header frozen) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RosterPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description `invalid_query`: a query parameter is malformed or out of range; `errors` names every one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `identifier_search_forbidden`: an analyst searched by citizen ID or card number (`q` with digits); `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `read_model_not_ready`: a read model the query needs is still being created; `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrgQueriesController_statistics: {
    parameters: {
      query?: {
        /** @description YYYY-MM-DD, default today */
        asOf?: unknown;
        /** @description ISO 8601 time (or a date: the end of that day in Vietnam): the figures as the system knew them then, replayed from the events recorded by that time (seconds for a province) */
        knownAt?: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures of the subtree and of each child unit (XLSX: a row per unit, a column per figure, Vietnamese headings) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Statistics'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description `invalid_query`: a query parameter is malformed or out of range; `errors` names every one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `read_model_not_ready`: a read model the query needs is still being created; `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  OrgQueriesController_tree: {
    parameters: {
      query?: {
        /** @description YYYY-MM-DD: the tree of that date */
        asOf?: unknown;
        /** @description 0–10, default 2 */
        depth?: unknown;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The subtree */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrgTree'];
        };
      };
      /** @description `invalid_query`: a query parameter is malformed or out of range; `errors` names every one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `read_model_not_ready`: a read model the query needs is still being created; `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ProjectionsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every projection */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectionList'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  ProjectionsController_rebuild: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rebuild is requested; the projection as it stands */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RebuildAccepted'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SessionController_current: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SessionController_signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignInDto'];
      };
    };
    responses: {
      /** @description Signed in */
      200: {
        headers: {
          /** @description mf_session (HttpOnly, SameSite=Strict, Path=/, 8 h; Secure in production) and mf_csrf (the CSRF token, readable by scripts) */
          'Set-Cookie'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `invalid_credentials`: the username or the password is wrong (the same answer for both) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `account_disabled`: the password is right but an administrator disabled the account */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `account_locked`: five failed sign-ins within 15 minutes locked the account for 15 minutes (even the right password is refused meanwhile); Retry-After says when it runs out */
      423: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SessionController_signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out */
      204: {
        headers: {
          /** @description mf_session (HttpOnly, SameSite=Strict, Path=/, 8 h; Secure in production) and mf_csrf (the CSRF token, readable by scripts) */
          'Set-Cookie'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  SessionController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description Changed; the session cookie is re-issued */
      204: {
        headers: {
          /** @description mf_session (HttpOnly, SameSite=Strict, Path=/, 8 h; Secure in production) and mf_csrf (the CSRF token, readable by scripts) */
          'Set-Cookie'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `account_locked`: five failed sign-ins within 15 minutes locked the account for 15 minutes (even the right password is refused meanwhile); Retry-After says when it runs out */
      423: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VillagesController_establish: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EstablishVillageDto'];
      };
    };
    responses: {
      /** @description The village: a retry with the same Idempotency-Key, answered as the first time */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          /** @description Where the record is read */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VillageView'];
        };
      };
      /** @description The village: created */
      201: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          /** @description Where the record is read */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VillageView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VillagesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The village */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VillageView'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VillagesController_act: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        action: string;
        id: string;
      };
      cookie?: never;
    };
    /** @description The body of the action named in the path (the spelled-out routes say which) */
    requestBody: {
      content: {
        'application/json':
          | components['schemas']['RenameVillageDto']
          | components['schemas']['MoveVillageDto']
          | components['schemas']['AssignVillageCellDto']
          | components['schemas']['ReleaseVillageCellDto']
          | components['schemas']['MergeVillageDto']
          | components['schemas']['DissolveVillageDto'];
      };
    };
    responses: {
      /** @description The village after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VillageView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`); `unknown_action`: the path names no action; the answer lists those there are */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'VillagesController_act_assign-cell': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignVillageCellDto'];
      };
    };
    responses: {
      /** @description The village after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VillageView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VillagesController_act_dissolve: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DissolveVillageDto'];
      };
    };
    responses: {
      /** @description The village after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VillageView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'VillagesController_act_merge-into': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MergeVillageDto'];
      };
    };
    responses: {
      /** @description The village after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VillageView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VillagesController_act_move: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MoveVillageDto'];
      };
    };
    responses: {
      /** @description The village after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VillageView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  'VillagesController_act_release-cell': {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReleaseVillageCellDto'];
      };
    };
    responses: {
      /** @description The village after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VillageView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  VillagesController_act_rename: {
    parameters: {
      query?: never;
      header?: {
        /** @description Retry safely: same key, same answer */
        'Idempotency-Key'?: string;
        /** @description The ETag (revision) you read; stale → 412 */
        'If-Match'?: string;
        /** @description Recorded in the events */
        'X-Correlation-Id'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RenameVillageDto'];
      };
    };
    responses: {
      /** @description The village after the step */
      200: {
        headers: {
          /** @description The revision of the record, quoted ("7"): send it back as If-Match */
          ETag?: string;
          /** @description true when the Idempotency-Key was used before for this request: the answer is the first one, nothing new was recorded */
          'Idempotent-Replayed'?: 'true';
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VillageView'];
        };
      };
      /** @description `invalid_body`: the body is not what the operation takes; `errors` names every invalid field by its path; `malformed_json`: the body is not valid JSON; `invalid_header`: If-Match or Idempotency-Key is malformed; `errors` names the header */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `csrf_failed`: a POST, PUT, PATCH or DELETE with a session cookie did not send X-CSRF-Token equal to the mf_csrf cookie; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `concurrent_write`: concurrent writes to the record kept winning; the command could not be decided again within its retries. Nothing was recorded */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `stale_revision`: If-Match names a revision the record has moved on from; `details` gives both */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `body_too_large`: the body is larger than MEMBERFLOW_BODY_LIMIT (256 kB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unsupported_media_type`: the JSON body is in a charset other than UTF-8, or in a content encoding the server does not read */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `rule_violation`: a rule of the regulations forbids the step: `rule` is its code, `message` the explanation, `details` the figures; `idempotency_key_reused`: the Idempotency-Key was used before for a different request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MemberQueriesController_worklist: {
    parameters: {
      query?: {
        due?: 'overdue' | 'week' | 'month';
        orgId?: unknown;
        page?: unknown;
        size?: unknown;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the steps due */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Worklist'];
        };
      };
      /** @description `invalid_query`: a query parameter is malformed or out of range; `errors` names every one */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `unauthenticated`: the bearer token is missing, malformed, expired or not signed by this deployment, or the session cookie is missing or its session ended (expired, signed out, its password changed, its account disabled) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `forbidden_role`: none of the token's roles may call this operation; `password_change_required`: the session's password was reset by an administrator: only the session's own routes answer until it is changed; `out_of_scope`: the unit or member lies outside the token's subtree (or the operation needs a whole-deployment token) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `not_found`: no member, unit or projection has the id in the path (or `orgId`) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `read_model_not_ready`: a read model the query needs is still being created; `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The store answers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The store does not answer. Or a problem: `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthUnavailable'];
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  MetricsController_scrape: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Prometheus text format, version 0.0.4 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description `too_many_requests`: a rate limit was reached (per token and per client address, MEMBERFLOW_RATE_LIMIT_*; sign-in attempts per client address and per username, MEMBERFLOW_SIGN_IN_LIMIT_*); Retry-After says when to retry */
      429: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description `request_timeout`: the answer was not ready within MEMBERFLOW_REQUEST_TIMEOUT_MS (30 s by default); a write may still be recorded: retry it with the same Idempotency-Key; `store_unavailable`: the event store cannot be reached or cannot write now; nothing was recorded */
      503: {
        headers: {
          /** @description Seconds to wait before retrying */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}

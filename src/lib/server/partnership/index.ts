/** What other modules may use from the partnership module. */
export { getOrganization, listOrganizations, saveOrganization } from './organizations.ts';
export { getPerson, listPeople, savePerson, linkPersonToAccount } from './people.ts';
export { getTable, tableTree, flattenTree, saveTable, type TableNode } from './tables.ts';
export {
	addMembership,
	endMembership,
	changeMembershipRole,
	listTableMembers,
	listSeatsOf,
	today
} from './memberships.ts';
export { representation, representationOverTime, setTargetSectors } from './representation.ts';
export { partnerNetwork } from './network.ts';
export { submitJoinRequest, reviewJoinRequest, listJoinRequests, getJoinRequest } from './join-requests.ts';
export { sectors, networkTypes, tableKinds, membershipRoles, themes, organizationLanguages } from './vocabulary.ts';
export {
	saveMeeting,
	recordMinutes,
	addFollowUpItem,
	updateFollowUpItem,
	listMeetings,
	getMeeting,
	listFollowUps,
	personOfUser
} from './meetings.ts';

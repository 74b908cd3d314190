export * from '../../http/dto/validators';
export * from './org-action.dto';
export * from './establish-org.dto';
export * from './set-plan-target.dto';
export * from './org-action-bodies';

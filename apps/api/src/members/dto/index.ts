export * from './member-body.dto';
export * from './person.dto';
export * from './admission.dto';
export * from './probation.dto';
export * from './membership.dto';
export * from './exit.dto';
export * from './positions.dto';
